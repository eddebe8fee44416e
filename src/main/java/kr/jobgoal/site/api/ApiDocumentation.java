package kr.jobgoal.site.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import kr.jobgoal.shared.StatusProblems;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What every operation of the OpenAPI document shares, added in one place rather than on each controller method:
 * the one error format (RFC 9457 problem details with {@code errors: [{field, message}]}) for each error an
 * operation can answer, the bearer token on every operation that needs a login, and the {@code ETag}/{@code 304}
 * of the public reads. Controllers document only what is their own: success codes, bodies and special errors.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String BEARER = "bearerToken";

	static final String PROBLEM_JSON = "application/problem+json";

	/** Writes anyone may send; every other write and every draft read needs a token. */
	private static final Set<String> ANONYMOUS_WRITES = Set.of("POST /api/v1/auth/tokens",
			"POST /api/v1/evaluations/simulate");

	/** The product's name. */
	static final String TITLE = "Jobgoal 지역일자리 목표 공시 API";

	private final StatusProblems problems;

	private final PublicUrl publicUrl;

	private final String version;

	ApiDocumentation(StatusProblems problems, PublicUrl publicUrl, @Value("${jobgoal.version}") String version) {
		this.problems = problems;
		this.publicUrl = publicUrl;
		this.version = version;
	}

	@Override
	public void customise(OpenAPI api) {
		// Swagger UI shows the description as Markdown: its first line leads back to the site
		api.info(new Info().title(TITLE)
			.version(version)
			.description("[← 지역일자리 목표 공시·평가 누리집으로](" + publicUrl.url().orElse("") + "/)\n\n"
					+ "지역일자리 목표 공시제와 전국 지방자치단체 일자리대상의 공개 API(경로는 /api/v1). 읽기는 로그인 없이 쓸 수 있고, "
					+ "쓰기는 POST /api/v1/auth/tokens 로 받은 토큰을 Authorization: Bearer … 헤더로 보냅니다. "
					+ "십진수는 문자열(\"213.20\"), 날짜는 ISO-8601, 오류는 application/problem+json (RFC 9457)입니다.")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
		// the configured public address, else relative to wherever the document was fetched from: the request's
		// Host never reaches the document
		api.servers(List.of(new Server().url(publicUrl.url().orElse("/")).description("이 서버")));
		api.getComponents()
			.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.description("POST /api/v1/auth/tokens 가 돌려준 token"))
			.addSchemas("FieldProblem", fieldProblem())
			.addSchemas(PROBLEM, problem());
		api.getComponents().getSchemas().remove("ProblemDetail");
		if (api.getPaths() != null) {
			api.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> document(path, method, operation)));
		}
	}

	/** swagger-core reads a parameter's example "45210" as the number 45210; a code stays the string it is. */
	private static void examplesAsTheirType(Operation operation) {
		if (operation.getParameters() == null) {
			return;
		}
		operation.getParameters().forEach(parameter -> {
			Object example = parameter.getExample();
			if (example != null && !(example instanceof String) && parameter.getSchema() != null
					&& "string".equals(parameter.getSchema().getType())
					&& String.valueOf(example).matches("-?\\d+(\\.\\d+)?")) {
				parameter.setExample(String.valueOf(example));
			}
		});
	}

	private void document(String path, PathItem.HttpMethod method, Operation operation) {
		examplesAsTheirType(operation);
		boolean read = method == PathItem.HttpMethod.GET;
		boolean draft = path.endsWith("/draft");
		boolean anonymous = read ? !draft : ANONYMOUS_WRITES.contains(method + " " + path);
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		operation.setSecurity(anonymous ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
		Map<Integer, String> errors = new TreeMap<>();
		errors.put(400, "요청 주소, 매개변수나 본문이 올바르지 않음; errors에 항목마다 {field, message}");
		if (path.contains("{")) {
			errors.put(404, "주소가 가리키는 자료가 없음");
		}
		errors.put(406, "Accept 헤더의 형식으로는 답할 수 없음");
		if (operation.getRequestBody() != null) {
			errors.put(413, "본문이 허용된 크기보다 큼");
			errors.put(415, "Content-Type을 받지 않음");
		}
		if (!anonymous) {
			errors.put(401, "토큰이 없거나 만료·폐기됨");
			errors.put(403, "이 자료에 대한 권한이 없음, 아무것도 바뀌지 않음");
		}
		errors.forEach((status, description) -> responses.computeIfAbsent(String.valueOf(status),
				s -> new ApiResponse().description(description)));
		responses.forEach((status, response) -> {
			int code = Integer.parseInt(status);
			if (code >= 400) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
					.schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
					.example(example(HttpStatus.valueOf(code), path))));
			}
		});
		if (read && anonymous) {
			cacheable(operation, responses);
		}
		if (draft) {
			responses.forEach((status, response) -> {
				if (status.startsWith("2")) {
					response.addHeaderObject("ETag", etag("이 초안 상태의 ETag: PUT의 If-Match로 돌려보냅니다"));
				}
			});
		}
	}

	/** Public reads carry a strong ETag; {@code If-None-Match} with it answers 304 without a body. */
	private static void cacheable(Operation operation, ApiResponses responses) {
		ApiResponse ok = responses.get("200");
		if (ok != null) {
			ok.addHeaderObject("ETag", etag("이 응답의 ETag: If-None-Match로 보내면 바뀌지 않았을 때 304"));
		}
		responses.computeIfAbsent("304", s -> new ApiResponse().description("바뀌지 않음 (If-None-Match가 지금 ETag와 같음), 본문 없음")
			.addHeaderObject("ETag", etag("지금 ETag")));
		boolean declared = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch(p -> "header".equals(p.getIn()) && "If-None-Match".equalsIgnoreCase(p.getName()));
		if (!declared) {
			operation.addParametersItem(new HeaderParameter().name("If-None-Match")
				.description("전에 받은 응답의 ETag")
				.required(false)
				.schema(new StringSchema()));
		}
	}

	private static Header etag(String description) {
		return new Header().description(description).schema(new StringSchema().example("\"3f2a9c1e\""));
	}

	/** An example in the app's own words for the status (i18n/shared), as a Korean client gets it. */
	private Map<String, Object> example(HttpStatus status, String path) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", problems.title(status, Locale.KOREAN));
		example.put("status", status.value());
		example.put("detail", problems.forStatus(status, Locale.KOREAN, path).getDetail());
		example.put("instance", path);
		if (status == HttpStatus.BAD_REQUEST) {
			example.put("errors", List.of(Map.of("field", "year", "message", "연도(예: 2020) 또는 민선 기수(예: term-7)를 쓰세요.")));
		}
		return example;
	}

	private static Schema<?> fieldProblem() {
		return new ObjectSchema().description("잘못된 항목 하나")
			.addProperty("field", new StringSchema().description("항목의 경로 (예: strategies[0].programs[1].budget.national)")
				.example("targets[0].targetValue"))
			.addProperty("message", new StringSchema().description("그 항목에 대한 설명").example("목표값은 0 이상의 수여야 합니다."))
			.required(List.of("field", "message"));
	}

	/** RFC 9457 problem details; operations may add members of their own (e.g. currentETag on 412). */
	private static Schema<?> problem() {
		Schema<?> schema = new ObjectSchema()
			.description("오류 (RFC 9457 problem details). detail은 한국어, Accept-Language: en 이면 영어입니다.")
			.addProperty("type", new StringSchema().description("문제 유형 URI").example("about:blank"))
			.addProperty("title", new StringSchema().description("상태의 짧은 제목").example("잘못된 요청"))
			.addProperty("status", new IntegerSchema().description("HTTP 상태 코드").example(400))
			.addProperty("detail", new StringSchema().description("무엇이 잘못되었고 무엇이 바뀌지 않았는지")
				.example("요청 주소나 내용이 올바르지 않아 처리하지 못했습니다. 아무것도 바뀌지 않았습니다."))
			.addProperty("instance", new StringSchema().description("요청 주소").example("/api/v1/governments/45210/plans/2020"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
				.description("입력 오류일 때 잘못된 항목마다 하나"))
			.required(List.of("title", "status", "detail"));
		schema.setAdditionalProperties(Boolean.TRUE);
		return schema;
	}
}
