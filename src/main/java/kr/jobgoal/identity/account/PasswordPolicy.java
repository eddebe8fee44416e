package kr.jobgoal.identity.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Password strength as the KISA password guide (패스워드 선택 및 이용 안내서) asks of public systems: at least
 * 10 characters of two kinds (letters, digits, symbols; upper and lower case count as letters of two kinds)
 * or 8 characters of three kinds, and not containing the username. bcrypt reads at most 72 bytes.
 */
public final class PasswordPolicy {

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** The Korean reason the password is refused, or empty when it is acceptable. */
	public static Optional<String> problem(String password, String username) {
		if (password == null || password.isEmpty()) {
			return Optional.of("비밀번호를 입력하세요.");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("비밀번호는 72바이트(영문 72자, 한글 24자)를 넘을 수 없습니다.");
		}
		int kinds = kinds(password);
		boolean longEnough = (kinds >= 2 && password.length() >= 10) || (kinds >= 3 && password.length() >= 8);
		if (!longEnough) {
			return Optional.of("비밀번호는 영문 대문자·소문자·숫자·특수문자 중 2종류 이상으로 10자 이상, "
					+ "또는 3종류 이상으로 8자 이상이어야 합니다.");
		}
		String name = UserAccounts.normalise(username);
		if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
			return Optional.of("비밀번호에 사용자 이름을 넣을 수 없습니다.");
		}
		return Optional.empty();
	}

	private static int kinds(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}
}
