package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** RFC 9110 basics on every address: HEAD wherever GET is, 405 with Allow, OPTIONS, 406 and 415. */
class HttpSemanticsTests extends HttpTest {

	/** Headers that may differ between two answers to the same request. */
	private static final Set<String> VARYING = Set.of("date", "content-length", "transfer-encoding", "set-cookie",
			"connection", "keep-alive");

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	@Autowired
	Map<String, RequestMappingHandlerMapping> handlerMappings;

	@Test
	void headAnswersEveryGetWithTheSameStatusAndHeadersAndNoBody() {
		List<String> paths = new ArrayList<>();
		handlerMappings.values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				info.getPatternValues().forEach(pattern -> paths.add(samplePath(pattern)));
			}
		}));
		assertThat(paths).contains("/api/v1/governments", "/governments/52210/results/2020");
		for (String path : paths) {
			HttpResponse<String> get = send(request(path, "GET"));
			HttpResponse<String> head = send(request(path, "HEAD"));
			assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode());
			assertThat(head.body()).as("HEAD " + path).isEmpty();
			assertThat(headers(head)).as("HEAD " + path).isEqualTo(headers(get));
		}
	}

	@Test
	void publicReadsAnswerHeadWithoutALogin() {
		for (String path : List.of("/", "/governments", "/governments/52210", "/governments/52210/plans/2020",
				"/dashboard", "/api/v1/governments", "/api/v1/governments/52210", "/api/v1/governments.csv",
				"/api/v1/governments/52210/plans/2020", "/api/v1/governments/52210/results/2020/facts",
				"/api/v1/statistics?indicator=JOBS_CREATED", "/v3/api-docs")) {
			assertThat(send(request(path, "HEAD")).statusCode()).as("HEAD " + path).isEqualTo(200);
		}
		// HEAD opens nothing GET does not: a draft still needs a login
		assertThat(send(request("/api/v1/governments/52210/plans/2020/draft", "HEAD")).statusCode()).isEqualTo(401);
	}

	@Test
	void aWrongMethodIs405WithAllowForEveryone() {
		String facts = "/api/v1/governments/52210/results/2020/facts";
		String officer = "Bearer " + ApiTokens.tokenFor(this, "gimje");
		for (HttpRequest request : List.of(request(facts, "PUT"), request(facts, "DELETE"),
				HttpRequest.newBuilder(URI.create(url(facts))).method("PATCH", HttpRequest.BodyPublishers.noBody())
					.header("Authorization", officer).build(),
				request("/api/v1/governments", "DELETE"), request("/api/v1/statistics", "POST"),
				request("/api/v1/governments/52210/plans/2020", "PUT"))) {
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).as(request.method() + " " + request.uri()).isEqualTo(405);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(json(response).get("detail").asString()).startsWith("이 주소는 " + request.method() + " 요청을 받지 않습니다.");
		}
		HttpResponse<String> wrong = send(request(facts, "PUT"));
		assertThat(wrong.headers().firstValue("Allow").orElseThrow()).contains("GET", "HEAD", "POST", "OPTIONS");

		HttpResponse<String> options = send(request(facts, "OPTIONS"));
		assertThat(options.statusCode()).isEqualTo(200);
		assertThat(options.headers().firstValue("Allow").orElseThrow()).contains("GET", "HEAD", "POST");
	}

	@Test
	void contentTypesThatDoNotFitAre406And415() {
		HttpResponse<String> notAcceptable = get("/api/v1/governments/52210", "Accept", "text/csv");
		assertThat(notAcceptable.statusCode()).isEqualTo(406);
		assertThat(notAcceptable.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(notAcceptable).get("detail").asString()).startsWith("요청한 응답 형식(Accept)으로는 답할 수 없습니다.");

		HttpResponse<String> unsupported = send(HttpRequest.newBuilder(URI.create(url(
				"/api/v1/governments/52210/results/2020/facts")))
			.POST(HttpRequest.BodyPublishers.ofString("programId=1"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"))
			.build());
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(unsupported.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(unsupported).get("detail").asString()).startsWith("이 주소는 보낸 내용 형식(Content-Type)을 받지 않습니다.");
	}

	private HttpRequest request(String path, String method) {
		return HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody()).build();
	}

	private static Map<String, List<String>> headers(HttpResponse<String> response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.headers().map().forEach((name, values) -> {
			if (!VARYING.contains(name.toLowerCase())) {
				headers.put(name.toLowerCase(), values);
			}
		});
		return headers;
	}

	/** A concrete path with real demo data: 김제시 (52210), its 2020 plan and results, version 1. */
	private static String samplePath(String pattern) {
		Matcher variables = VARIABLE.matcher(pattern.replace("/**", "/x"));
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1).toLowerCase();
			String value = name.contains("code") ? "52210" : name.contains("year") ? "2020" : "1";
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path.toString();
	}
}
