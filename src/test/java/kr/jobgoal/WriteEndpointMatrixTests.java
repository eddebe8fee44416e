package kr.jobgoal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint (forms and API) × every kind of visitor × own or another government: the expected
 * answer, and on refusal no row of any table and no audit record changed. The list of endpoints is checked
 * against the handler mappings, so a new write endpoint without an entry here fails the build.
 *
 * <p>The target is always 김제시 (45210): {@code gimje} is its officer, {@code iksan} the officer of another
 * government, {@code jeonbuk} the reviewer of its province. Requests that an allowed visitor sends are the
 * same as the refused ones'; where success would change data that other tests read, the sample is one that
 * the module refuses for its content after the guard let it through (an answer other than 401/403).
 */
class WriteEndpointMatrixTests extends HttpTest {

	/** Who sends the request. */
	enum Visitor {
		ANONYMOUS(null), OWN_OFFICER("gimje"), OTHER_OFFICER("iksan"), PROVINCIAL_REVIEWER("jeonbuk"),
		EVALUATOR("eval1"), MINISTRY_ADMIN("admin");

		final String user;

		Visitor(String user) {
			this.user = user;
		}
	}

	/** Who may write. */
	enum Rule {
		OWN_OFFICER(EnumSet.of(Visitor.OWN_OFFICER)),
		DRAFT_READERS(EnumSet.of(Visitor.OWN_OFFICER, Visitor.PROVINCIAL_REVIEWER, Visitor.MINISTRY_ADMIN)),
		MINISTRY_ADMIN(EnumSet.of(Visitor.MINISTRY_ADMIN)),
		/** An evaluator (the service then checks the assignment and the conflict rule). */
		EVALUATOR(EnumSet.of(Visitor.EVALUATOR)),
		/** A provincial reviewer (the service then checks that the governments are of their province). */
		PROVINCIAL_REVIEWER(EnumSet.of(Visitor.PROVINCIAL_REVIEWER)),
		SIGNED_IN(EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS))),
		/** Open by the contract (token issue, the simulations): not part of the matrix. */
		PUBLIC(EnumSet.allOf(Visitor.class));

		final Set<Visitor> allowed;

		Rule(Set<Visitor> allowed) {
			this.allowed = allowed;
		}
	}

	enum Client {
		/** A signed-in browser's form post with the session's CSRF token. */
		FORM,
		/** A browser's multipart form post (uploads) with the CSRF token. */
		UPLOAD,
		/** An API client with a bearer token. */
		JSON,
		/** An API client's multipart post with a bearer token. */
		API_UPLOAD,
		/** An API client with a token of its own, issued for this request only (the request ends it). */
		OWN_TOKEN
	}

	record Endpoint(String method, String pattern, Rule rule, Client client, String path, Object body) {
	}

	private static final String PLAN = "/governments/45210/plans/2088/draft";

	private static final String PLAN_API = "/api/v1/governments/45210/plans/2088";

	/** Every write endpoint; {@code pattern} as the handler mapping declares it, {@code path} the one sent. */
	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("POST", "/api/v1/auth/tokens", Rule.PUBLIC, Client.JSON, null, null),
			new Endpoint("POST", "/api/v1/evaluations/simulate", Rule.PUBLIC, Client.JSON, null, null),
			new Endpoint("DELETE", "/api/v1/auth/tokens/current", Rule.SIGNED_IN, Client.OWN_TOKEN,
					"/api/v1/auth/tokens/current", null),
			new Endpoint("DELETE", "/api/v1/admin/users/{username}/tokens", Rule.MINISTRY_ADMIN, Client.JSON,
					"/api/v1/admin/users/matrix-nobody/tokens", null),
			new Endpoint("POST", "/session/extend", Rule.SIGNED_IN, Client.FORM, "/session/extend", Map.of()),
			new Endpoint("POST", "/admin/users", Rule.MINISTRY_ADMIN, Client.FORM, "/admin/users",
					Map.of("username", "", "displayName", "")),
			new Endpoint("POST", "/admin/users/{username}/enabled", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/users/matrix-nobody/enabled", Map.of("enabled", "false")),
			new Endpoint("POST", "/admin/users/{username}/tokens/revocation", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/users/matrix-nobody/tokens/revocation", Map.of()),
			new Endpoint("POST", "/account/password", Rule.SIGNED_IN, Client.FORM, "/account/password",
					Map.of("currentPassword", "not-the-password", "newPassword", "", "confirmPassword", "")),
			new Endpoint("POST", "/admin/users/{username}", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/users/matrix-nobody", Map.of("role", "EVALUATOR")),
			new Endpoint("POST", "/admin/users/{username}/password-reset", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/users/matrix-nobody/password-reset", Map.of()),
			new Endpoint("PUT", "/api/v1/admin/users/{username}", Rule.MINISTRY_ADMIN, Client.JSON,
					"/api/v1/admin/users/matrix-nobody", Map.of("role", "EVALUATOR")),
			new Endpoint("POST", "/api/v1/admin/users/{username}/password-resets", Rule.MINISTRY_ADMIN, Client.JSON,
					"/api/v1/admin/users/matrix-nobody/password-resets", Map.of()),
			new Endpoint("POST", "/admin/demo", Rule.MINISTRY_ADMIN, Client.FORM, "/admin/demo", Map.of("confirm", "no")),
			// award years: the demo's 2021 is confirmed (every admin write is refused for its content), 2022 open
			new Endpoint("POST", "/admin/awards/{year}/snapshot", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/snapshot", Map.of()),
			new Endpoint("POST", "/admin/awards/{year}/confirm", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2022/confirm", Map.of("confirm", "no")),
			new Endpoint("POST", "/admin/awards/{year}/reopen", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/reopen", Map.of("code", "45210", "evaluator", "eval1")),
			new Endpoint("POST", "/admin/awards/{year}/copy", Rule.MINISTRY_ADMIN, Client.FORM, "/admin/awards/2021/copy",
					Map.of("to", "1999")),
			new Endpoint("POST", "/admin/awards/{year}/assignments", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/assignments", Map.of("evaluator", "eval1", "governments", "45210")),
			new Endpoint("POST", "/admin/awards/{year}/assignments/even", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/assignments/even", Map.of("evaluators", "eval1", "perGovernment", "1")),
			new Endpoint("POST", "/admin/awards/{year}/first-stage/nominations", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/first-stage/nominations", Map.of("perProvince", "3")),
			new Endpoint("POST", "/admin/awards/{year}/first-stage/close", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/first-stage/close", Map.of("confirm", "yes")),
			new Endpoint("POST", "/admin/awards/{year}/first-stage/reopen", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/first-stage/reopen", Map.of("province", "45000", "reviewer", "jeonbuk")),
			new Endpoint("POST", "/evaluations/{year}/first-stage", Rule.PROVINCIAL_REVIEWER, Client.FORM,
					"/evaluations/2021/first-stage", Map.of("score.45210", "10", "action", "save")),
			new Endpoint("POST", "/admin/awards/{year}/peer-groups/add", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/peer-groups/add",
					Map.of("category", "disclosure", "code", "matrix", "nameKo", "행렬 시험", "nameEn", "Matrix")),
			new Endpoint("POST", "/admin/awards/{year}/peer-groups/rename", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/peer-groups/rename",
					Map.of("category", "disclosure", "group", "city", "nameKo", "행렬 시험", "nameEn", "Matrix")),
			new Endpoint("POST", "/admin/awards/{year}/peer-groups/delete", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/peer-groups/delete", Map.of("category", "disclosure", "group", "city")),
			new Endpoint("POST", "/admin/awards/{year}/peer-groups/move", Rule.MINISTRY_ADMIN, Client.FORM,
					"/admin/awards/2021/peer-groups/move",
					Map.of("category", "disclosure", "group", "metro", "governments", "45210")),
			new Endpoint("POST", "/evaluations/{year}/scoring/{code}", Rule.EVALUATOR, Client.FORM,
					"/evaluations/2022/scoring/45210", Map.of("score.disclosure.plan", "999", "action", "save")),
			new Endpoint("POST", "/admin/deadlines", Rule.MINISTRY_ADMIN, Client.FORM, "/admin/deadlines",
					Map.of("year", "2088", "planDue", "", "resultsDue", "")),
			new Endpoint("POST", "/admin/statistics/import", Rule.MINISTRY_ADMIN, Client.UPLOAD,
					"/admin/statistics/import", List.of(new Multipart.Upload("file", "empty.csv", "text/csv", new byte[0]))),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/start", Rule.OWN_OFFICER, Client.FORM,
					PLAN + "/start", Map.of()),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft", Rule.OWN_OFFICER, Client.FORM, PLAN,
					Map.of("lockVersion", "-1")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/edit", Rule.OWN_OFFICER, Client.FORM,
					PLAN + "/edit", Map.of("lockVersion", "-1")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/disclose", Rule.OWN_OFFICER, Client.FORM,
					PLAN + "/disclose", Map.of("lockVersion", "-1", "reason", "행렬 시험")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/discard", Rule.OWN_OFFICER, Client.FORM,
					PLAN + "/discard", Map.of("lockVersion", "-1")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/amendment-approval", Rule.MINISTRY_ADMIN,
					Client.FORM, PLAN + "/amendment-approval", Map.of("reason", "")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/comments", Rule.DRAFT_READERS, Client.FORM,
					PLAN + "/comments", Map.of("body", "")),
			new Endpoint("POST", "/governments/{code}/plans/{year}/draft/upload", Rule.OWN_OFFICER, Client.UPLOAD,
					PLAN + "/upload", List.of(new Multipart.Upload("file", "plan.xlsx", new byte[] { 'P', 'K' }))),
			new Endpoint("POST", "/governments/{code}/sub-categories", Rule.OWN_OFFICER, Client.FORM,
					"/governments/45210/sub-categories", Map.of("name", "", "type", "DIRECT_JOBS")),
			new Endpoint("POST", "/governments/{code}/sub-categories/remove", Rule.OWN_OFFICER, Client.FORM,
					"/governments/45210/sub-categories/remove", Map.of("name", "행렬 시험에 없는 세부유형")),
			new Endpoint("POST", "/governments/{code}/results/{year}/entry", Rule.OWN_OFFICER, Client.UPLOAD,
					"/governments/45210/results/2020/entry", List.of()),
			new Endpoint("PUT", "/api/v1/governments/{code}/plans/{year}/draft", Rule.OWN_OFFICER, Client.JSON,
					PLAN_API + "/draft", Map.of()),
			new Endpoint("POST", "/api/v1/governments/{code}/plans/{year}/disclosures", Rule.OWN_OFFICER, Client.JSON,
					PLAN_API + "/disclosures", Map.of("reason", "행렬 시험")),
			new Endpoint("POST", "/api/v1/governments/{code}/results/{year}/facts", Rule.OWN_OFFICER, Client.JSON,
					"/api/v1/governments/45210/results/2020/facts",
					List.of(Map.of("programId", 1, "period", "2020-13", "jobsCreated", "1"))),
			new Endpoint("POST", "/api/v1/governments/{code}/results/{year}/facts/{factId}/evidence", Rule.OWN_OFFICER,
					Client.API_UPLOAD, "/api/v1/governments/45210/results/2020/facts/1/evidence",
					List.of(new Multipart.Upload("file", "x.exe", new byte[] { 'M', 'Z' }))));

	@Autowired
	Map<String, RequestMappingHandlerMapping> handlerMappings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyWriteEndpointIsInTheMatrix() {
		Set<String> declared = ENDPOINTS.stream().map(e -> e.method() + " " + e.pattern())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(writeEndpoints())
			.as("write endpoints of the app; add new ones to ENDPOINTS with who may write")
			.isEqualTo(declared);
	}

	@Test
	void onlyTheAllowedMayWriteAndARefusedWriteChangesNothing() {
		Map<Visitor, BrowserSession> browsers = new LinkedHashMap<>();
		for (Visitor visitor : Visitor.values()) {
			BrowserSession browser = new BrowserSession(this);
			if (visitor.user == null) {
				browser.get("/login");
			}
			else {
				browser.loginDemo(visitor.user);
				browser.get("/");
			}
			browsers.put(visitor, browser);
		}
		for (Endpoint endpoint : ENDPOINTS) {
			if (endpoint.rule() == Rule.PUBLIC) {
				continue;
			}
			// refused visitors first, so that what an allowed one does cannot hide a refused one's change
			for (Visitor visitor : Visitor.values()) {
				if (endpoint.rule().allowed.contains(visitor)) {
					continue;
				}
				// a token is issued (and audited) before the count, as signing in is
				Map<String, String> token = bearer(visitor, endpoint.client() == Client.OWN_TOKEN);
				Map<String, Long> before = snapshot();
				HttpResponse<String> response = send(endpoint, token, browsers.get(visitor));
				String what = endpoint.method() + " " + endpoint.path() + " as " + visitor;
				if (visitor == Visitor.ANONYMOUS) {
					assertThat(refusedAnonymous(response)).as("%s → %s %s", what, response.statusCode(),
							response.headers().firstValue("Location").orElse("")).isTrue();
				}
				else {
					assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(403);
				}
				assertThat(snapshot()).as("rows after the refused %s", what).isEqualTo(before);
			}
			for (Visitor visitor : endpoint.rule().allowed) {
				HttpResponse<String> response = send(endpoint,
						bearer(visitor, endpoint.client() == Client.OWN_TOKEN), browsers.get(visitor));
				assertThat(response.statusCode())
					.as("%s %s as %s is allowed: %s", endpoint.method(), endpoint.path(), visitor, response.body())
					.isNotIn(401, 403);
				assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
			}
		}
	}

	private static boolean refusedAnonymous(HttpResponse<String> response) {
		int status = response.statusCode();
		return status == 401 || status == 403
				|| status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
	}

	@SuppressWarnings("unchecked")
	private HttpResponse<String> send(Endpoint endpoint, Map<String, String> token, BrowserSession browser) {
		return switch (endpoint.client()) {
			case FORM -> endpoint.method().equals("POST")
					? browser.post(endpoint.path(), (Map<String, String>) endpoint.body())
					: browser.send(HttpRequest.newBuilder(URI.create(url(endpoint.path())))
						.header("X-CSRF-TOKEN", browser.csrfToken())
						.method(endpoint.method(), HttpRequest.BodyPublishers.noBody()));
			case UPLOAD -> browser.postMultipart(endpoint.path(), Map.of(), (List<Multipart.Upload>) endpoint.body());
			case JSON -> sendJson(endpoint.method(), endpoint.path(), endpoint.body() == null ? "" : endpoint.body(),
					token);
			case OWN_TOKEN -> sendJson(endpoint.method(), endpoint.path(), "", token);
			case API_UPLOAD -> {
				Multipart body = new Multipart(Map.of(), (List<Multipart.Upload>) endpoint.body());
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(endpoint.path())))
					.header("Content-Type", body.contentType())
					.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body.body()));
				token.forEach(request::header);
				yield send(request.build());
			}
		};
	}

	private Map<String, String> bearer(Visitor visitor, boolean ownToken) {
		if (visitor.user == null) {
			return Map.of();
		}
		String token = ownToken ? ApiTokens.issue(this, visitor.user, ApiTokens.DEMO_PASSWORD)
				: ApiTokens.tokenFor(this, visitor.user);
		return Map.of("Authorization", "Bearer " + token);
	}

	/**
	 * Row counts of every table, and the audit log's last record; sessions are left out (signing in is not a
	 * write to the data) and so are issued tokens (the matrix issues its own).
	 */
	private Map<String, Long> snapshot() {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name not like 'spring_session%' and table_name <> 'flyway_schema_history'
				  and table_name <> 'identity_api_token'
				order by table_name""").query(String.class).list();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : tables) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		counts.put("identity_audit_log.max(id)",
				jdbc.sql("select coalesce(max(id), 0) from identity_audit_log").query(Long.class).single());
		return counts;
	}

	private Set<String> writeEndpoints() {
		Set<String> found = new TreeSet<>();
		handlerMappings.values().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
			if (ErrorController.class.isAssignableFrom(handler.getBeanType()) || isFramework(handler)) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty()) {
				patterns(info).forEach(pattern -> found.add("ANY " + pattern));
			}
			for (RequestMethod method : methods) {
				if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS) {
					patterns(info).forEach(pattern -> found.add(method + " " + pattern));
				}
			}
		}));
		return found;
	}

	private static boolean isFramework(HandlerMethod handler) {
		return !handler.getBeanType().getPackageName().startsWith("kr.jobgoal");
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
				: info.getPatternValues();
	}
}
