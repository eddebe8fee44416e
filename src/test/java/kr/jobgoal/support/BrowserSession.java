package kr.jobgoal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser in an HTTP test: keeps the session cookie and reads the CSRF token from the forms, so that tests
 * post forms (and uploads) as a browser would.
 */
public final class BrowserSession {

	/** A form's hidden field, or the token the layout gives its scripts when the page has no form. */
	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|data-csrf-token=\"([^\"]+)\"");

	private final Function<HttpRequest, HttpResponse<String>> client;

	private final Function<String, String> url;

	private String cookie;

	private String csrf;

	/** A browser on the test's own app. */
	public BrowserSession(HttpTest test) {
		this(test::send, test::url);
	}

	/** A browser on any app, e.g. a second instance a test started itself. */
	public BrowserSession(Function<HttpRequest, HttpResponse<String>> client, Function<String, String> url) {
		this.client = client;
		this.url = url;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1) != null ? token.group(1) : token.group(2);
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

	/** Posts a multipart form (text fields and files) with the CSRF token of the last page read. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Multipart.Upload> files) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		if (csrf != null) {
			withToken.put("_csrf", csrf);
		}
		Multipart body = new Multipart(withToken, files);
		return send(HttpRequest.newBuilder(URI.create(url.apply(path)))
			.header("Content-Type", body.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.body())));
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

	/** Signs in as a demo user and checks it worked. */
	public BrowserSession loginDemo(String username) {
		HttpResponse<String> response = login(username, ApiTokens.DEMO_PASSWORD);
		assertThat(response.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return this;
	}

	public String csrfToken() {
		return csrf;
	}

	public String sessionId() {
		return cookie == null ? null : cookie.substring(cookie.indexOf('=') + 1);
	}

	/** The {@code Cookie} header value of the session, for requests a test builds itself. */
	public String cookie() {
		return cookie;
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
