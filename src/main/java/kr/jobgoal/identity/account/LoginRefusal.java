package kr.jobgoal.identity.account;

import java.time.format.DateTimeFormatter;

import kr.jobgoal.shared.SeoulClock;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused, worded the same for the login form and the token endpoint. A wrong username and
 * a wrong password read alike, so that nobody can find out which usernames exist; a throttled sign-in does
 * not say which of its keys (account, address or both) is refused.
 *
 * @param messageKey the i18n key of the login page's message
 * @param messageArguments its arguments
 * @param detailKo the Korean text of the API's problem detail
 * @param block until when a throttled sign-in is refused; null otherwise
 * @param status the API's answer
 */
public record LoginRefusal(String messageKey, Object[] messageArguments, String detailKo, LoginThrottle.Block block,
		HttpStatus status) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	public static LoginRefusal of(AuthenticationException e) {
		if (e instanceof LoginThrottledException throttled) {
			String at = retryTime(throttled.block());
			return new LoginRefusal("identity.login.error.throttled", new Object[] { at },
					"로그인에 여러 번 실패하여 잠시 로그인할 수 없습니다. " + at + "(한국 시간) 이후에 다시 시도하세요.",
					throttled.block(), HttpStatus.TOO_MANY_REQUESTS);
		}
		if (e instanceof AccessTokens.PasswordChangeRequiredException) {
			return new LoginRefusal("identity.login.error.other", new Object[0],
					"관리자가 비밀번호를 초기화했습니다. 웹에서 로그인하여 비밀번호를 바꾼 뒤에 토큰을 발급받으세요.", null,
					HttpStatus.FORBIDDEN);
		}
		if (e instanceof DisabledException) {
			return new LoginRefusal("identity.login.error.disabled", new Object[0],
					"사용이 중지된 계정입니다. 관리자에게 문의하세요.", null, HttpStatus.UNAUTHORIZED);
		}
		if (e instanceof BadCredentialsException) {
			return new LoginRefusal("identity.login.error.credentials", new Object[0],
					"사용자 이름 또는 비밀번호가 맞지 않습니다.", null, HttpStatus.UNAUTHORIZED);
		}
		return new LoginRefusal("identity.login.error.other", new Object[0], "로그인할 수 없습니다. 잠시 후 다시 시도하세요.",
				null, HttpStatus.UNAUTHORIZED);
	}

	/** When a throttled user may try again, in Korean time (users are in Korea), rounded up to the second. */
	static String retryTime(LoginThrottle.Block block) {
		return TIME.format(block.until().plusMillis(999).atZone(SeoulClock.SEOUL));
	}
}
