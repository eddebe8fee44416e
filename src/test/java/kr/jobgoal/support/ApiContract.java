package kr.jobgoal.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract test: every answer of {@code /api/v1} that an HTTP test receives must be what the live OpenAPI
 * document says — a documented status, content type, headers and a body that fits its schema. The document is
 * fetched once per test JVM. Within these checks, an object may carry only the fields its schema declares, so a
 * field added to a response without documenting it fails here.
 */
public final class ApiContract {

	private static final String API = "/api/v1/";

	/**
	 * Addresses and methods outside the document (a mistyped path, a wrong method, a test's own controller): a
	 * refusal as a problem is all they may answer.
	 */
	private static final Set<Integer> NO_SUCH_OPERATION = Set.of(400, 401, 403, 404, 405);

	private static final Set<String> NOT_IN_DOCUMENT = Set.of("validation.request.path.missing",
			"validation.request.operation.notAllowed");

	private static final String PROBLEM_JSON = "application/problem+json";

	private static volatile OpenApiInteractionValidator validator;

	private ApiContract() {
	}

	static void verify(HttpRequest request, HttpResponse<?> response, URI documentUri) {
		String path = request.uri().getRawPath();
		String method = request.method();
		if (path == null || !path.startsWith(API) || method.equals("HEAD") || method.equals("OPTIONS")) {
			return;
		}
		String body = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
				: (String) response.body();
		List<String> problems = problems(validator(documentUri), method, path, response.statusCode(),
				response.headers().map(), body);
		if (!problems.isEmpty()) {
			throw new AssertionError("Answer not as the OpenAPI document says: " + method + " " + request.uri() + " → "
					+ response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + "\n  "
					+ String.join("\n  ", problems) + "\n  body: "
					+ (body.length() > 800 ? body.substring(0, 800) + "…" : body));
		}
	}

	/** What in an answer to {@code method path} the document does not allow; nothing when it fits. */
	public static List<String> problems(URI documentUri, String method, String path, int status,
			Map<String, List<String>> headers, String body) {
		return problems(validator(documentUri), method, path, status, headers, body);
	}

	private static List<String> problems(OpenApiInteractionValidator validator, String method, String path, int status,
			Map<String, List<String>> headers, String body) {
		SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
		headers.forEach(answer::withHeader);
		if (body != null && !body.isEmpty()) {
			answer.withBody(body);
		}
		ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
		if (!report.hasErrors()) {
			return List.of();
		}
		boolean undocumented = report.getMessages().stream().allMatch(m -> NOT_IN_DOCUMENT.contains(m.getKey()));
		String type = headers.entrySet()
			.stream()
			.filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
			.flatMap(h -> h.getValue().stream())
			.findFirst()
			.orElse("");
		if (undocumented && NO_SUCH_OPERATION.contains(status) && type.startsWith(PROBLEM_JSON)) {
			return List.of();
		}
		return report.getMessages()
			.stream()
			.filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
			.map(m -> m.getKey() + ": " + m.getMessage())
			.toList();
	}

	private static OpenApiInteractionValidator validator(URI documentUri) {
		OpenApiInteractionValidator current = validator;
		if (current == null) {
			synchronized (ApiContract.class) {
				if (validator == null) {
					validator = OpenApiInteractionValidator.createForInlineApiSpecification(closed(fetch(documentUri)))
						.build();
				}
				current = validator;
			}
		}
		return current;
	}

	private static String fetch(URI documentUri) {
		try {
			HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(documentUri).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (document.statusCode() != 200) {
				throw new IllegalStateException("GET " + documentUri + " → " + document.statusCode());
			}
			return document.body();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The document with every object schema that lists its properties closed to others (the published document
	 * leaves them open so that clients accept fields added later); the shared problem keeps its extension members.
	 */
	private static String closed(String document) {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode root = json.readTree(document);
		JsonNode schemas = root.path("components").path("schemas");
		for (String name : List.copyOf(schemas.propertyNames())) {
			if (schemas.get(name) instanceof ObjectNode schema && schema.has("properties")
					&& !schema.has("additionalProperties") && !schema.has("allOf")) {
				schema.put("additionalProperties", false);
			}
		}
		return json.writeValueAsString(root);
	}
}
