package kr.jobgoal.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to the path of a URL only. The page a visitor asked for before logging in is saved as an absolute
 * URL built from the {@code Host} that visitor's client sent; going back to it needs the path, never the host.
 */
final class PathOnlyRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(path(url)));
	}

	/** {@code http://any.host:8080/a?b} is {@code /a?b}; a relative URL stays as it is. */
	static String path(String url) {
		int scheme = url.indexOf("://");
		int slash = url.indexOf('/');
		if (scheme < 0 || slash < scheme) {
			return url;
		}
		int path = url.indexOf('/', scheme + 3);
		return path < 0 ? "/" : url.substring(path);
	}
}
