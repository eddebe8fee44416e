package kr.jobgoal.publicread;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.CountedStatements;

/** Requests to one running app (by port) as the cache tests need them: counted, conditional, signed in. */
final class PublicReads {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** A response and the SQL statements the app ran to answer it. */
	record Counted(HttpResponse<String> response, List<String> statements) {

		String header(String name) {
			return response.headers().firstValue(name).orElse(null);
		}
	}

	private final int port;

	PublicReads(int port) {
		this.port = port;
	}

	Counted get(String path, String... headers) {
		return send("GET", path, headers);
	}

	Counted send(String method, String path, String... headers) {
		String id = UUID.randomUUID().toString();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header(CountedStatements.HEADER, id);
		if (headers.length > 0) {
			request.headers(headers);
		}
		HttpResponse<String> response = send(request.build());
		return new Counted(response, CountedStatements.of(id));
	}

	/** Signs a demo user in through the login form; returns the session cookie ({@code SESSION=…}). */
	String signIn(String demoUser) {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build());
		Matcher token = CSRF.matcher(page.body());
		token.find();
		String csrfCookie = cookie(page, "XSRF-TOKEN");
		String form = "username=" + demoUser + "&password=" + URLEncoder.encode(ApiTokens.DEMO_PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrfCookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in of " + demoUser + " failed: " + signedIn.statusCode());
		}
		return cookie(signedIn, "SESSION");
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no " + name + " cookie"));
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
