package kr.jobgoal.site.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpRequest;
import org.springframework.stereotype.Component;

/**
 * The address the public reaches the site at ({@code JOBGOAL_PUBLIC_URL}, e.g. {@code https://jobgoal.example.kr}),
 * the only source of absolute URLs: the request's {@code Host} is whatever the client chose to send, so it never
 * reaches a link, a redirect or the OpenAPI document. Without one, the OpenAPI server is {@code /} (the origin the
 * document was read from); redirects are always relative ({@code server.tomcat.use-relative-redirects}).
 */
@Component
public class PublicUrl implements ServerBaseUrlCustomizer {

	private final Optional<String> url;

	public PublicUrl(@Value("${jobgoal.public-url:}") String configured) {
		this.url = parse(configured);
	}

	public static Optional<String> parse(String configured) {
		if (configured == null || configured.isBlank()) {
			return Optional.empty();
		}
		String text = configured.strip();
		try {
			URI uri = new URI(text);
			if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
					|| uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
				throw invalid(text);
			}
		}
		catch (URISyntaxException e) {
			throw invalid(text);
		}
		return Optional.of(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
	}

	private static IllegalStateException invalid(String text) {
		return new IllegalStateException("JOBGOAL_PUBLIC_URL: \"" + text
				+ "\" is not an http(s) address without query or fragment (example: https://jobgoal.example.kr)");
	}

	/** The configured address without a trailing slash, or nothing: then build relative URLs. */
	Optional<String> url() {
		return url;
	}

	@Override
	public String customize(String requestBased, HttpRequest request) {
		return url.orElse("/");
	}
}
