package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.jobgoal.support.ApiContract;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document as served: written to {@code target/openapi.json} for Redocly CLI, which the build runs
 * after the tests ({@code npm run lint:openapi}); what every operation must say; and proof that the contract check
 * every HTTP test goes through ({@link ApiContract}) refuses answers the document does not allow.
 */
class OpenApiDocumentTests extends HttpTest {

	private static final Map<String, List<String>> JSON_TYPE = Map.of("Content-Type", List.of("application/json"));

	@Test
	void theDocumentIsWrittenForTheLinter() throws IOException {
		String document = get("/v3/api-docs").body();
		Path target = Path.of("target", "openapi.json");
		Files.createDirectories(target.getParent());
		Files.writeString(target, document, StandardCharsets.UTF_8);
		assertThat(JSON.readTree(document).get("openapi").asString()).startsWith("3.");
	}

	@Value("${jobgoal.version}")
	String version;

	/** The document is the product's, at the application's version, and Swagger UI leads back to the site. */
	@Test
	void theDocumentHasTheProductsTitleAndVersionAndLinksTheSite() {
		JsonNode info = json(get("/v3/api-docs")).get("info");
		assertThat(info.get("title").asString()).isEqualTo("Jobgoal 지역일자리 목표 공시 API");
		assertThat(version).as("the build's version, filtered into application.properties").matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.get("version").asString()).isEqualTo(version);
		assertThat(info.get("description").asString()).startsWith("[← 지역일자리 목표 공시·평가 누리집으로](/)");
		// the site's every page links the API documentation: a page of the site's own (its header, menu and way
		// home) with Swagger UI's files drawn into it, under Swagger UI's CSP, still without inline script
		assertThat(get("/").body()).contains("href=\"/api-docs\"");
		HttpResponse<String> page = get("/api-docs");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"krds-header\"", "<h1 class=\"heading-large\">개방 API 문서</h1>",
				"data-openapi-url=\"/v3/api-docs\"", "src=\"/swagger-ui/swagger-ui-bundle.js\"")
			// the app's own script under its content-hashed name once the build has hashed the assets
			.containsPattern("src=\"/js/api-docs(-[0-9a-f]{32})?\\.js\"")
			.doesNotContainPattern("<script>|<script [^>]*>[^<]");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
			.doesNotContain("script-src 'self' 'unsafe-inline'");
		// springdoc's own bare page is still there for those who know it, and so are the files the page loads
		assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(302);
		assertThat(get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
	}

	@Test
	void everyOperationHasASuccessItsErrorsAsProblemsAndSecurityWhereItWrites() {
		JsonNode document = json(get("/v3/api-docs"));
		assertThat(document.at("/components/securitySchemes/bearerToken/scheme").asString()).isEqualTo("bearer");
		assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
		List<String> operations = new ArrayList<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String name = operation.getKey().toUpperCase() + " " + path.getKey();
			operations.add(name);
			JsonNode responses = operation.getValue().get("responses");
			assertThat(responses.propertyNames()).as(name).anyMatch(status -> status.startsWith("2"));
			responses.properties().stream().filter(r -> r.getKey().compareTo("400") >= 0).forEach(error -> assertThat(
					error.getValue().at("/content/application~1problem+json/schema/$ref").asString())
				.as(name + " " + error.getKey())
				.isEqualTo("#/components/schemas/Problem"));
			boolean write = !operation.getKey().equals("get");
			boolean secured = !operation.getValue().get("security").isEmpty();
			if (secured) {
				assertThat(responses.has("401")).as(name).isTrue();
			}
			if (write && !name.equals("POST /api/v1/auth/tokens") && !name.equals("POST /api/v1/evaluations/simulate")) {
				assertThat(secured).as(name + " needs the bearer token").isTrue();
			}
		}));
		assertThat(operations).contains("GET /api/v1/governments/{code}/plans/{year}/draft",
				"POST /api/v1/governments/{code}/results/{year}/facts");
		assertThat(document.at("/paths/~1api~1v1~1governments~1{code}~1plans~1{year}/get/responses/200/content"
				+ "/application~1json/schema/$ref").asString()).isEqualTo("#/components/schemas/Plan");
		assertThat(document.at("/paths/~1api~1v1~1governments~1{code}~1results~1{year}~1facts/post/responses/201")
			.isMissingNode()).isFalse();
		assertThat(document.at("/components/schemas/ResultProgram/properties").propertyNames())
			.contains("programId", "jobsCreated", "budgetExecuted", "achievement");
	}

	@Test
	void theContractCheckRefusesWhatTheDocumentDoesNotAllow() {
		String path = "/api/v1/governments/45210/plans/2020/versions";
		String fits = "[{\"version\": 1, \"disclosedAt\": \"2020-03-01T00:00:00Z\", \"reason\": null}]";
		assertThat(ApiContract.problems(documentUri(), "GET", path, 200, JSON_TYPE, fits)).isEmpty();
		// a field nobody documented, a null where the document promises a number, a status it does not name
		assertThat(ApiContract.problems(documentUri(), "GET", path, 200, JSON_TYPE,
				"[{\"version\": 1, \"disclosedAt\": \"2020-03-01T00:00:00Z\", \"secret\": \"x\"}]")).isNotEmpty();
		assertThat(ApiContract.problems(documentUri(), "GET", path, 200, JSON_TYPE,
				"[{\"version\": null, \"disclosedAt\": \"2020-03-01T00:00:00Z\"}]")).isNotEmpty();
		assertThat(ApiContract.problems(documentUri(), "GET", path, 418, JSON_TYPE, "")).isNotEmpty();
		// an error that is not the one problem format
		assertThat(ApiContract.problems(documentUri(), "GET", path, 404, JSON_TYPE,
				"{\"timestamp\": \"2020-03-01T00:00:00Z\", \"status\": 404, \"error\": \"Not Found\"}")).isNotEmpty();
		// an address the API does not have is not a way around the document
		assertThat(ApiContract.problems(documentUri(), "GET", "/api/v1/undocumented", 200, JSON_TYPE, "[]"))
			.isNotEmpty();
	}
}
