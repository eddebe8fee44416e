package kr.jobgoal.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused, worded the same for the login form and the token endpoint. A wrong username and
 * a wrong password read alike, so that nobody can find out which usernames exist.
 *
 * @param messageKey the i18n key of the login page's message
 * @param detailKo the Korean text of the API's problem detail
 */
record LoginRefusal(String messageKey, String detailKo) {

	static LoginRefusal of(AuthenticationException e) {
		if (e instanceof DisabledException) {
			return new LoginRefusal("identity.login.error.disabled", "사용이 중지된 계정입니다. 관리자에게 문의하세요.");
		}
		if (e instanceof BadCredentialsException) {
			return new LoginRefusal("identity.login.error.credentials", "사용자 이름 또는 비밀번호가 맞지 않습니다.");
		}
		return new LoginRefusal("identity.login.error.other", "로그인할 수 없습니다. 잠시 후 다시 시도하세요.");
	}
}
