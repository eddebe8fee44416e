package kr.jobgoal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for tests that go through the real HTTP stack of a running app on a random port, against the
 * shared test PostgreSQL. All such tests share one application context. Every {@code /api/v1} answer received
 * here is checked against the OpenAPI document ({@link ApiContract}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpTest {

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	protected int port;

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** The live OpenAPI document, which every {@code /api/v1} answer here must fit. */
	protected URI documentUri() {
		return URI.create(url("/v3/api-docs"));
	}

	protected HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	protected HttpResponse<byte[]> getBytes(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).GET().build();
			return documented(request, CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	protected HttpResponse<String> send(HttpRequest request) {
		try {
			return documented(request, CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private <T> HttpResponse<T> documented(HttpRequest request, HttpResponse<T> response) {
		ApiContract.verify(request, response, documentUri());
		return response;
	}

	protected HttpResponse<String> sendJson(String method, String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
			.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
			.header("Content-Type", "application/json");
		headers.forEach(request::header);
		return send(request.build());
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}
}
