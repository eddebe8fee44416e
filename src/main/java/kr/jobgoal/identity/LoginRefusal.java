package kr.jobgoal.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused, worded the same for the login form and the token endpoint. A wrong username and
 * a wrong password read alike, so that nobody can find out which usernames exist.
 *
 * @param messageKey the i18n key of the login page's message
 * @param messageArguments its arguments
 * @param detailKo the Korean text of the API's problem detail
 * @param retryAt when a throttled username may try again; null otherwise
 */
record LoginRefusal(String messageKey, Object[] messageArguments, String detailKo, Instant retryAt) {

	/** Users are in Korea: retry times are given in Korean time, to the minute (rounded up). */
	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	static LoginRefusal of(AuthenticationException e) {
		if (e instanceof LoginThrottledException throttled) {
			String at = TIME.format(throttled.retryAt().plusSeconds(59).atZone(KOREA));
			return new LoginRefusal("identity.login.error.throttled", new Object[] { at },
					"로그인에 " + LoginThrottle.MAX_FAILURES + "번 잇달아 실패하여 이 사용자 이름으로는 잠시 로그인할 수 없습니다. "
							+ at + "(한국 시간) 이후에 다시 시도하세요.",
					throttled.retryAt());
		}
		if (e instanceof DisabledException) {
			return new LoginRefusal("identity.login.error.disabled", new Object[0],
					"사용이 중지된 계정입니다. 관리자에게 문의하세요.", null);
		}
		if (e instanceof BadCredentialsException) {
			return new LoginRefusal("identity.login.error.credentials", new Object[0],
					"사용자 이름 또는 비밀번호가 맞지 않습니다.", null);
		}
		return new LoginRefusal("identity.login.error.other", new Object[0], "로그인할 수 없습니다. 잠시 후 다시 시도하세요.",
				null);
	}
}
