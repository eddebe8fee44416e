package kr.jobgoal.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser in a test: keeps the session cookie and reads the CSRF token from the forms, so that tests post
 * forms as a browser would.
 */
final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final Function<HttpRequest, HttpResponse<String>> client;

	private final Function<String, String> url;

	/** The session cookie, and before sign-in the cookie that holds the login form's CSRF token. */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf;

	BrowserSession(Function<HttpRequest, HttpResponse<String>> client, Function<String, String> url) {
		this.client = client;
		this.url = url;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf);
		return postWithoutToken(path, withToken);
	}

	HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url.apply(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Posts nothing, sending the CSRF token in the header as the page scripts do. */
	HttpResponse<String> postWithCsrfHeader(String path) {
		return send(HttpRequest.newBuilder(URI.create(url.apply(path)))
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Opens the login page and signs in; returns the response to the form's post. */
	HttpResponse<String> login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	String csrfToken() {
		return csrf;
	}

	String sessionId() {
		return cookies.get("SESSION");
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
				.collect(Collectors.joining("; ")));
		}
		request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		HttpResponse<String> response = client.apply(request.build());
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
			String name = pair.substring(0, pair.indexOf('='));
			String value = pair.substring(pair.indexOf('=') + 1);
			if (name.equals("SESSION") || name.equals("XSRF-TOKEN")) {
				if (value.isEmpty()) {
					cookies.remove(name);
				}
				else {
					cookies.put(name, value);
				}
			}
		}
		return response;
	}
}
