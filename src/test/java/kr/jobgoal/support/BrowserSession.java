package kr.jobgoal.support;

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
 * forms as a browser would. Shared by every module's page tests.
 */
public final class BrowserSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final Function<HttpRequest, HttpResponse<String>> client;

	private final Function<String, String> url;

	private String cookie;

	private String csrf;

	public BrowserSession(Function<HttpRequest, HttpResponse<String>> client, Function<String, String> url) {
		this.client = client;
		this.url = url;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf);
		return postWithoutToken(path, withToken);
	}

	public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
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
	public HttpResponse<String> postWithCsrfHeader(String path) {
		return send(HttpRequest.newBuilder(URI.create(url.apply(path)))
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.noBody()));
	}

	/** Opens the login page and signs in; returns the response to the form's post. */
	public HttpResponse<String> login(String username, String password) {
		get("/login");
		return post("/login", Map.of("username", username, "password", password));
	}

	public String csrfToken() {
		return csrf;
	}

	public String sessionId() {
		return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1);
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		HttpResponse<String> response = client.apply(request.build());
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
		return response;
	}
}
