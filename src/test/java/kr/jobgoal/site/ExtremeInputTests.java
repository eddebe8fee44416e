package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every JSON write endpoint and the public reads, sent what an attacker or a broken client sends: numbers
 * with huge exponents or far too many digits, strings of 10 MB, nesting 10,000 deep, wrong types, NUL and other
 * controls, bytes that are not UTF-8. Each is a 4xx problem (never a 500, never work that grows with the input)
 * and nothing changes: the row counts of every module's tables and of the audit log stay as they were.
 */
class ExtremeInputTests extends HttpTest {

	private static final String PROBLEM = "application/problem+json";

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** Tables whose rows a refused request must not change (login throttling counts refused sign-ins by design). */
	private static final List<String> TABLES = List.of("identity_user", "identity_audit_log", "identity_api_token",
			"region_government", "plan_plan", "plan_version", "plan_target", "plan_strategy", "plan_program",
			"plan_draft_revision", "plan_comment", "plan_sub_category", "statistics_release", "statistics_value",
			"result_fact", "result_evidence");

	private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

	private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);

	/** Numbers whose plain text would be a gigabyte, or that have far more digits than any bound. */
	private static final List<String> EXTREME_NUMBERS = List.of("1e999999999", "-1e999999999", "1e-999999999",
			"1E+2147483647", "9".repeat(5000), "0." + "0".repeat(5000) + "1", "1e99999999999");

	@Autowired
	private JdbcTemplate jdbc;

	private Map<String, String> officer;

	/** The draft endpoints' path, in a year without a plan (an existing draft would answer 412 before the body). */
	private String plan;

	/** Endpoint → a body with {@code %N} where a number goes and {@code %T} where text goes. */
	private Map<String, Endpoint> endpoints;

	record Endpoint(String method, String path, String template, Map<String, String> headers) {

		String with(String number, String text) {
			return template.replace("%N", number).replace("%T", text);
		}
	}

	@BeforeEach
	void endpoints() {
		officer = ApiTokens.bearer(this, "gimje");
		plan = "/api/v1/governments/45210/plans/" + UnusedPlanYears.of(jdbc, "45210");
		Map<String, String> create = new HashMap<>(officer);
		create.put("If-None-Match", "*");
		endpoints = new LinkedHashMap<>();
		endpoints.put("token", new Endpoint("POST", "/api/v1/auth/tokens",
				"{\"username\": \"%T\", \"password\": %N}", Map.of()));
		endpoints.put("draft", new Endpoint("PUT", plan + "/draft",
				"{\"jobTargetTotal\": %N, \"targets\": [], \"strategies\": [{\"title\": \"%T\", \"programs\": []}]}",
				create));
		endpoints.put("disclosure", new Endpoint("POST", plan + "/disclosures",
				"{\"reason\": \"%T\", \"extra\": %N}", officer));
		endpoints.put("facts", new Endpoint("POST", "/api/v1/governments/45210/results/2020/facts",
				"[{\"programId\": 1, \"period\": \"2020\", \"jobsCreated\": %N, \"note\": \"%T\"}]", officer));
		endpoints.put("simulation", new Endpoint("POST", "/api/v1/evaluations/simulate",
				"{\"criteria\": [{\"id\": \"%T\", \"kind\": \"qualitative\", \"maxPoints\": %N}], "
						+ "\"peerGroups\": {}, \"governments\": []}", Map.of()));
	}

	@Test
	void extremeNumbersAreRefusedOnEveryJsonWriteEndpointAndChangeNothing() {
		Map<String, Long> before = counts();
		for (Map.Entry<String, Endpoint> e : endpoints.entrySet()) {
			if (e.getKey().equals("token") || e.getKey().equals("disclosure")) {
				// no number in either: a number as a password would be a sign-in attempt, counted by throttling, and
				// a disclosure's body holds a reason only (an unknown member is skipped without being read as a number)
				continue;
			}
			for (String number : EXTREME_NUMBERS) {
				assertRefused(e.getKey() + " " + abbreviated(number), send(e.getValue(), e.getValue().with(number, "ok")));
			}
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aHugeExponentInAFactIsAFastBadRequestNamingTheField() {
		Map<String, Long> before = counts();
		for (String number : List.of("1e9999999", "1e999999999", "\"1e999999999\"")) {
			HttpResponse<String> response = sendJson("POST", "/api/v1/governments/45210/results/2020/facts",
					"[{\"programId\": 1, \"period\": \"2020\", \"jobsCreated\": " + number + "}]", officer);
			assertThat(response.statusCode()).as(number).isEqualTo(400);
			JsonNode errors = json(response).get("errors");
			assertThat(errors.findValuesAsString("field")).as(number).contains("[0].jobsCreated");
		}
		HttpResponse<String> draft = sendJson("PUT", plan + "/draft",
				"{\"jobTargetTotal\": 1e999999999}", endpoints.get("draft").headers());
		assertThat(draft.statusCode()).isEqualTo(400);
		assertThat(json(draft).get("errors").findValuesAsString("field")).contains("jobTargetTotal");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void hugeStringsDeepNestingWrongTypesControlsAndBadBytesAreRefusedEverywhere() {
		Map<String, Long> before = counts();
		for (Map.Entry<String, Endpoint> e : endpoints.entrySet()) {
			Endpoint endpoint = e.getValue();
			String name = e.getKey();
			String huge = declaringLength(endpoint.method(), endpoint.path(), "application/json", 10L * 1024 * 1024 + 100,
					endpoint.headers());
			assertThat(huge).as(name + " 10 MB").startsWith("HTTP/1.1 413").contains(PROBLEM).contains("2MB");
			assertRefused(name + " 3 MB", send(endpoint, endpoint.with("1", TEN_MB.substring(0, 3 * 1024 * 1024))));
			assertRefused(name + " deep", send(endpoint, DEEP));
			assertRefused(name + " deep object", send(endpoint, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
			for (String container : List.of("{\"a\": 1}", "[1, 2]")) {
				assertRefused(name + " number as " + container, send(endpoint, endpoint.with(container, "ok")));
				assertRefused(name + " text as " + container, send(endpoint, endpoint.with("1", "ok").replace("\"ok\"", container)));
			}
			for (String wrong : List.of("{\"a\": 1}", "[1, 2]", "[[]]", "true", "\"text\"", "null", "", "{", "{\"x\": 1} trailing")) {
				assertRefused(name + " body " + wrong, send(endpoint, wrong));
			}
			for (String control : List.of("\\u0000", "a\\u0007b", "\\u001b[31m", "\\u0085", "\\ud800")) {
				HttpResponse<String> response = send(endpoint, endpoint.with("1", control));
				assertRefused(name + " " + control, response);
				assertThat(response.statusCode()).as(name + " " + control).isEqualTo(400);
			}
			byte[] invalidUtf8 = endpoint.with("1", "@@").getBytes(StandardCharsets.UTF_8);
			String marked = new String(invalidUtf8, StandardCharsets.ISO_8859_1);
			int at = marked.indexOf("@@");
			invalidUtf8[at] = (byte) 0xC3;
			invalidUtf8[at + 1] = (byte) 0x28;
			assertRefused(name + " invalid UTF-8", sendBytes(endpoint, invalidUtf8));
			byte[] rawNul = endpoint.with("1", "@").getBytes(StandardCharsets.UTF_8);
			rawNul[new String(rawNul, StandardCharsets.ISO_8859_1).indexOf('@')] = 0;
			assertRefused(name + " raw NUL", sendBytes(endpoint, rawNul));
		}
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void controlCharactersInTextFieldsAreNamed() {
		HttpResponse<String> token = sendJson("POST", "/api/v1/auth/tokens", "{\"username\": \"gim\\u0000je\", \"password\": \"x\"}",
				Map.of());
		assertThat(token.statusCode()).isEqualTo(400);
		assertThat(json(token).get("errors").findValuesAsString("field")).contains("username");
		assertThat(json(token).get("detail").asString()).contains("U+0000");

		HttpResponse<String> fact = sendJson("POST", "/api/v1/governments/45210/results/2020/facts",
				"[{\"programId\": 1, \"period\": \"2020\", \"jobsCreated\": 1, \"note\": \"\\u001b[2J\"}]", officer);
		assertThat(fact.statusCode()).isEqualTo(400);
		assertThat(fact.body()).contains("U+001B");

		HttpResponse<String> draft = sendJson("PUT", plan + "/draft",
				"{\"jobTargetTotal\": \"10\", \"strategies\": [{\"title\": \"\\u202E전략\", \"programs\": []}]}",
				endpoints.get("draft").headers());
		assertThat(draft.statusCode()).isEqualTo(400);
		assertThat(json(draft).get("errors").findValuesAsString("field")).contains("strategies[0].title");
	}

	@Test
	void controlCharactersInQueryParametersAreBadRequestsNamingTheParameter() {
		Map<String, Long> before = counts();
		Map<String, String> cases = Map.of("/api/v1/governments?parent=%00", "parent",
				"/api/v1/statistics?governmentCode=%00", "governmentCode", "/api/v1/governments.csv?parent=%00", "parent",
				"/api/v1/governments?asOf=2020-01-01%07", "asOf", "/api/v1/governments?level=%C2%85", "level",
				"/api/v1/governments/45210/plans/2020?x%00y=1", "xU+0000y");
		cases.forEach((path, parameter) -> {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(PROBLEM);
			assertThat(json(response).get("errors").findValuesAsString("field")).as(path).containsExactly(parameter);
			assertThat(json(response).get("detail").asString()).as(path).contains("제어 문자");
		});
		HttpResponse<String> signedIn = get("/api/v1/governments/45210/plans/2046/draft?x=%00", "Authorization",
				officer.get("Authorization"));
		assertThat(signedIn.statusCode()).isEqualTo(400);

		HttpResponse<String> page = get("/governments?province=%00", "Accept", BROWSER);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("province").contains("U+0000").contains("id=\"krds-header\"");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aFormPostTooLargeIsRefusedBeforeItIsRead() {
		String response = declaringLength("POST", "/login", "application/x-www-form-urlencoded", 3L * 1024 * 1024, Map.of());
		assertThat(response).startsWith("HTTP/1.1 413").contains(PROBLEM);
	}

	private void assertRefused(String what, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(what + ": " + abbreviated(response.body())).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(PROBLEM);
		assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("at kr.jobgoal");
	}

	private HttpResponse<String> send(Endpoint endpoint, String body) {
		return sendJson(endpoint.method(), endpoint.path(), body, endpoint.headers());
	}

	private HttpResponse<String> sendBytes(Endpoint endpoint, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(endpoint.path())))
			.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json");
		endpoint.headers().forEach(request::header);
		return send(request.build());
	}

	/**
	 * The answer to a request that declares a body of {@code length} bytes and sends none of it: the server must
	 * refuse it from the declared length alone. (The JDK's client of Java 17 cannot wait for "100 Continue" and
	 * then take a final answer, and a body sent in full would be cut off when the server closes.)
	 */
	private String declaringLength(String method, String path, String contentType, long length, Map<String, String> headers) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
				+ contentType + "\r\nContent-Length: " + length + "\r\nAccept: application/json\r\n");
		headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
		head.append("\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			// until the problem's last member: the server then waits for the body that is never sent
			while (!response.toString(StandardCharsets.UTF_8).contains("\"type\"")) {
				int read = in.read(buffer);
				if (read < 0) {
					break;
				}
				response.write(buffer, 0, read);
			}
			return response.toString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
		return counts;
	}

	private static String abbreviated(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}
}
