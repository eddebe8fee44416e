package kr.jobgoal.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of forms is kept: in the signed-in user's session, and before sign-in (the login form)
 * in an HttpOnly cookie, checked against the form field (double submit). So an anonymous page never creates a
 * session: reading the login page writes nothing to the database, on any instance.
 */
final class CsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	CsrfTokens() {
		cookies.setCookieName(COOKIE);
		// the same names in both places, so that forms and scripts need not know where the token is kept
		cookies.setHeaderName("X-CSRF-TOKEN");
		cookies.setParameterName("_csrf");
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			sessions.saveToken(token, request, response);
			if (token == null || cookies.loadToken(request) != null) {
				cookies.saveToken(null, request, response); // the session holds it from now on
			}
		}
		else {
			cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken inSession = request.getSession(false) == null ? null : sessions.loadToken(request);
		return inSession != null ? inSession : cookies.loadToken(request);
	}
}
