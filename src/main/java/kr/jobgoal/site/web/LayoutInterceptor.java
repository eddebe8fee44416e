package kr.jobgoal.site.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts what the layout needs about the current address into request attributes (Thymeleaf no longer
 * exposes the request itself): the path for the selected menu item, and the same address in each language.
 * On an error page the address is the one that failed, not {@code /error}.
 */
class LayoutInterceptor implements HandlerInterceptor {

	static final String LANGUAGE_PARAMETER = "lang";

	static final String PATH = "layoutPath";

	static final String LANGUAGE_LINKS = "layoutLanguageLinks";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String failedUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failedUri != null ? failedUri : request.getRequestURI();
		String query = failedUri != null ? null : request.getQueryString();
		String path = uri.substring(request.getContextPath().length());
		request.setAttribute(PATH, path.isEmpty() ? "/" : path);
		request.setAttribute(LANGUAGE_LINKS, Map.of("ko", withLanguage(uri, query, "ko"), "en", withLanguage(uri, query, "en")));
		return true;
	}

	/** The address as it came (still percent-encoded), with {@code lang} set to the language. */
	private static String withLanguage(String uri, String query, String language) {
		return UriComponentsBuilder.fromPath(uri)
			.query(query)
			.replaceQueryParam(LANGUAGE_PARAMETER, language)
			.build()
			.toUriString();
	}
}
