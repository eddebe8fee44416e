package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One error format for every API client, wherever the request is refused — a controller, the security
 * filters, the firewall, Tomcat itself — in Korean, in English on {@code Accept-Language: en}; browsers
 * get the site's page. Nothing a client sends answers 500.
 */
class ErrorFormatTests extends HttpTest {

	private static final String PROBLEM = "application/problem+json";

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void oddAddressesRefusedBeforeTheApplicationAreProblemsForClientsAndPagesForBrowsers() {
		for (String path : List.of("/api/v1/..%2fgovernments", "/api/v1/governments/%25", "/api/v1/governments/%2e%2e%2f",
				"/api/v1/governments;jsessionid=abc", "/api/v1/governments/%5c", "/api/v1/governments/%00")) {
			HttpResponse<String> client = get(path);
			assertThat(client.statusCode()).as(path).isEqualTo(400);
			assertProblem(client, 400);
			assertThat(json(client).get("detail").asString()).as(path).contains("올바르지 않아");

			HttpResponse<String> browser = get(path.replace("/api/v1", "/governments"), "Accept", BROWSER);
			assertThat(browser.statusCode()).as(path).isEqualTo(400);
			assertThat(browser.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
			assertThat(browser.body()).as(path).contains("요청한 값이 올바르지 않습니다").contains("id=\"krds-header\"")
				.doesNotContain("HTTP Status 400").doesNotContain("Tomcat");
		}
		HttpResponse<String> english = get("/api/v1/..%2fgovernments", "Accept-Language", "en-US,en;q=0.9,ko;q=0.5");
		assertThat(json(english).get("title").asString()).isEqualTo("Bad request");
	}

	@Test
	void requestsTomcatCannotParseAreTheSameProblem() throws IOException {
		for (String target : List.of("/api/v1/{x}", "/api/v1/%zz", "/api/v1/a|b")) {
			String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			assertThat(response).as(target).startsWith("HTTP/1.1 400");
			assertThat(response).as(target).contains("Content-Type: " + PROBLEM).contains("\"status\":400")
				.contains("잘못된 요청").doesNotContain("Tomcat");
		}
	}

	@Test
	void malformedJsonIsTheSameKoreanProblemOnEveryEndpoint() {
		Map<String, String> officer = ApiTokens.bearer(this, "gimje");
		Map<String, String> draftHeaders = new java.util.HashMap<>(officer);
		draftHeaders.put("If-None-Match", "*");
		List<HttpResponse<String>> responses = List.of(
				sendJson("POST", "/api/v1/auth/tokens", "{\"username\":", Map.of()),
				sendJson("PUT", "/api/v1/governments/45210/plans/2045/draft", "{bad", draftHeaders),
				sendJson("POST", "/api/v1/governments/45210/plans/2045/disclosures", "{bad", officer),
				sendJson("POST", "/api/v1/governments/45210/results/2020/facts", "[{bad", officer));
		for (HttpResponse<String> response : responses) {
			assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
			assertProblem(response, 400);
			assertThat(json(response).get("detail").asString()).as(response.uri().toString()).contains("JSON");
			assertThat(response.body()).doesNotContain("Failed to read request");
		}
		HttpResponse<String> wrongShape = sendJson("PUT", "/api/v1/governments/45210/plans/2045/draft",
				"{\"targets\": \"x\"}", draftHeaders);
		assertThat(wrongShape.statusCode()).isEqualTo(400);
		assertThat(json(wrongShape).get("errors").get(0).get("field").asString()).isEqualTo("targets");

		HttpResponse<String> english = sendJson("POST", "/api/v1/auth/tokens", "{", Map.of("Accept-Language", "en"));
		assertThat(json(english).get("detail").asString()).startsWith("The request body cannot be read.");
		assertThat(json(english).get("title").asString()).isEqualTo("Bad request");
	}

	@Test
	void securityRefusalsSpeakTheClientsLanguage() {
		HttpResponse<String> korean = get("/api/v1/governments/45210/plans/2020/draft");
		assertThat(korean.statusCode()).isEqualTo(401);
		assertProblem(korean, 401);
		assertThat(json(korean).get("title").asString()).isEqualTo("로그인 필요");
		HttpResponse<String> english = get("/api/v1/governments/45210/plans/2020/draft", "Accept-Language", "en");
		assertThat(json(english).get("title").asString()).isEqualTo("Sign-in required");
		assertThat(json(english).get("detail").asString()).startsWith("You need to sign in.");
		HttpResponse<String> badToken = get("/api/v1/governments/45210/plans/2020/draft", "Authorization",
				"Bearer nope", "Accept-Language", "en");
		assertThat(json(badToken).get("detail").asString()).startsWith("The token is not valid");
	}

	@Test
	void frameworkRefusalsInEnglishToo() {
		HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(url("/api/v1/governments")))
			.method("DELETE", HttpRequest.BodyPublishers.noBody())
			.header("Accept-Language", "en")
			.build());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(json(wrongMethod).get("title").asString()).isEqualTo("Method not allowed");
		assertThat(json(wrongMethod).get("detail").asString()).startsWith("This address does not take DELETE requests.");
		HttpResponse<String> missing = get("/api/v1/nope", "Accept-Language", "en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(json(missing).get("detail").asString()).isEqualTo("Nothing exists at '/api/v1/nope'.");
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(response.uri().toString())
			.startsWith(PROBLEM);
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("timestamp");
	}

	/** A request line the JDK's client would refuse to send. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}
}
