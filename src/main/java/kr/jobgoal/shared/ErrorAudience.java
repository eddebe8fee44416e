package kr.jobgoal.shared;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Who is asking, for an error: a browser gets the site's HTML error page, every other client (the
 * {@code /api} paths always) RFC 9457 problem+json. Problems are Korean unless the client's
 * {@code Accept-Language} prefers English to Korean.
 */
public final class ErrorAudience {

	private ErrorAudience() {
	}

	/** A browser names text/html in its Accept header; API clients, scripts and tools that accept anything do not. */
	public static boolean wantsPage(HttpServletRequest request) {
		if (requestedPath(request).startsWith("/api/")) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT))
				.stream()
				.anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
		}
		catch (InvalidMediaTypeException notAMediaType) {
			return false;
		}
	}

	/** Korean, or English when Accept-Language ranks English above Korean (no header: Korean, whatever the server's). */
	public static Locale problemLocale(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return Locale.KOREAN;
		}
		for (Locale locale : Collections.list(request.getLocales())) {
			if (Locale.KOREAN.getLanguage().equals(locale.getLanguage())) {
				return Locale.KOREAN;
			}
			if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
				return Locale.ENGLISH;
			}
		}
		return Locale.KOREAN;
	}

	/** The path the client asked for, also while the container renders its error (then the request is at /error). */
	public static String requestedPath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String s ? s : request.getRequestURI();
		String context = request.getContextPath();
		return uri != null && uri.startsWith(context) ? uri.substring(context.length()) : String.valueOf(uri);
	}
}
