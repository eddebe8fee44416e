package kr.jobgoal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import kr.jobgoal.JobgoalApplication;
import kr.jobgoal.identity.DemoAccountRemoval;
import kr.jobgoal.plan.DemoPlanRemoval;
import kr.jobgoal.result.DemoResultRemoval;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo data kept apart (docs/demo-data.md): marked in every table, announced on every page and response, and
 * removed (page or command) without touching the directory, the statistics or real data. The shared test
 * database keeps its demo data, which other tests use: removals run on databases of their own, each with its
 * own app started on it.
 */
class DemoDataRemovalTests extends HttpTest {

	private static final String REAL_PASSWORD = "Real-officer-2026";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoRowIsMarkedAsItsOwnerIs() {
		ApiTokens.tokenFor(this, "gimje");
		assertThat(jdbc.sql("select count(*) from plan_plan where demo").query(Long.class).single()).isPositive();
		assertThat(unmarked("""
				select count(*) from plan_version v join plan_plan p on p.id = v.plan_id where v.demo <> p.demo
				union all select count(*) from plan_target t join plan_version v on v.id = t.version_id where t.demo <> v.demo
				union all select count(*) from plan_strategy s join plan_version v on v.id = s.version_id where s.demo <> v.demo
				union all select count(*) from plan_program g join plan_version v on v.id = g.version_id where g.demo <> v.demo
				union all select count(*) from plan_draft_revision r join plan_version v on v.id = r.version_id where r.demo <> v.demo
				union all select count(*) from plan_comment c join plan_plan p on p.id = c.plan_id where c.demo <> p.demo
				union all select count(*) from result_evidence e join result_fact f on f.id = e.fact_id where e.demo <> f.demo
				union all select count(*) from identity_api_token t join identity_user u on u.id = t.user_id where t.demo <> u.demo
				""")).isZero();
		assertThat(jdbc.sql("select bool_and(g.demo) from plan_program g join plan_version v on v.id = g.version_id "
				+ "join plan_plan p on p.id = v.plan_id where p.demo").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select bool_and(t.demo) from identity_api_token t join identity_user u on u.id = t.user_id "
				+ "where u.username = 'gimje'").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from plan_sub_category where demo").query(Long.class).single()).isPositive();
	}

	@Test
	void whileDemoDataIsStoredEveryPageAndResponseSaysSo() {
		HttpResponse<String> home = get("/");
		assertThat(home.body()).contains("id=\"demo-banner\"").contains("생성된 예시 자료(데모)가 들어 있습니다");
		assertThat(home.headers().firstValue("Jobgoal-Demo")).hasValue("true");
		assertThat(get("/?lang=en").body()).contains("This site contains generated demo data.");
		assertThat(get("/api/v1/governments").headers().firstValue("Jobgoal-Demo")).hasValue("true");
		HttpResponse<String> csv = get("/api/v1/governments.csv");
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Jobgoal-Demo")).hasValue("true");
		assertThat(get("/api/v1/governments/45210/plans/2021/draft").headers().firstValue("Jobgoal-Demo"))
			.as("refusals too").hasValue("true");
		JsonNode document = json(get("/v3/api-docs"));
		assertThat(document.get("paths").get("/api/v1/governments").get("get").get("responses").get("200").get("headers")
			.has("Jobgoal-Demo")).as("documented in the OpenAPI text").isTrue();
	}

	@Test
	void aRefusedRemovalChangesNothing() {
		long before = demoRows(jdbc);
		long audit = jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single();

		BrowserSession officer = new BrowserSession(this::send, this::url);
		officer.login("gimje", ApiTokens.DEMO_PASSWORD);
		officer.get("/");
		assertThat(officer.post("/admin/demo", Map.of("confirm", "yes")).statusCode()).isEqualTo(403);
		assertThat(officer.get("/admin/demo").statusCode()).isEqualTo(403);

		BrowserSession anonymous = new BrowserSession(this::send, this::url);
		anonymous.get("/login");
		assertThat(anonymous.post("/admin/demo", Map.of("confirm", "yes")).statusCode()).isIn(302, 401, 403);

		BrowserSession admin = new BrowserSession(this::send, this::url);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/demo");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"demo-remove\"");
		assertThat(admin.postWithoutToken("/admin/demo", Map.of("confirm", "yes")).statusCode()).as("no CSRF token")
			.isEqualTo(403);
		HttpResponse<String> unconfirmed = admin.post("/admin/demo", Map.of());
		assertThat(unconfirmed.statusCode()).isEqualTo(400);
		assertThat(unconfirmed.body()).contains("id=\"confirm-error\"").contains("아무것도 지우지 않았습니다");

		assertThat(demoRows(jdbc)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single()).isEqualTo(audit);
		assertThat(get("/").body()).contains("id=\"demo-banner\"");
	}

	@Test
	void theAdministratorsPageRemovesAllDemoDataAndNothingElse() {
		String url = newDatabase();
		try (ConfigurableApplicationContext app = start(url)) {
			Instance instance = new Instance(app);
			RealData real = instance.createRealData();
			Reference reference = Reference.of(instance.jdbc);

			BrowserSession chief = instance.browser();
			chief.login("chief", REAL_PASSWORD);
			assertThat(chief.get("/admin/demo").body()).contains("id=\"demo-banner\"");
			HttpResponse<String> removed = chief.post("/admin/demo", Map.of("confirm", "yes"));
			assertThat(removed.statusCode()).isEqualTo(200);
			assertThat(removed.body()).contains("id=\"demo-removed\"").doesNotContain("id=\"demo-banner\"")
				.contains("eval1, eval2, eval3, eval4, eval5, gimje, iksan, jeonbuk");

			instance.assertOnlyRealDataLeft(real, reference);
			assertThat(instance.jdbc.sql("select actor from identity_audit_log where action = 'demo-remove'")
				.query(String.class).list()).containsExactly("chief");
			assertThat(chief.get("/admin/demo").body()).contains("id=\"demo-status\"").doesNotContain("id=\"demo-remove\"");
		}
		// the next start does not generate the demo data again
		try (ConfigurableApplicationContext app = start(url)) {
			Instance instance = new Instance(app);
			assertThat(demoRows(instance.jdbc)).isZero();
			assertThat(instance.get("/").body()).doesNotContain("id=\"demo-banner\"");
		}
	}

	@Test
	void theCommandRemovesAllDemoDataAndNothingElse() {
		try (ConfigurableApplicationContext app = start(newDatabase())) {
			Instance instance = new Instance(app);
			RealData real = instance.createRealData();
			Reference reference = Reference.of(instance.jdbc);

			// demo award years alone still count as demo data (tried in a transaction that is rolled back)
			DemoPresence presence = app.getBean(DemoPresence.class);
			app.getBean(TransactionTemplate.class).executeWithoutResult(transaction -> {
				app.getBean(DemoResultRemoval.class).remove();
				app.getBean(DemoPlanRemoval.class).remove();
				app.getBean(DemoAccountRemoval.class).remove();
				presence.changed(null);
				assertThat(presence.present()).as("only demo award years left").isTrue();
				transaction.setRollbackOnly();
			});
			presence.changed(null);

			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			int code = app.getBean(DemoRemovalCommand.class).remove(new PrintStream(printed, true, StandardCharsets.UTF_8));
			assertThat(code).isZero();
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("demo data removed")
				.contains("[admin, eval1, eval2, eval3, eval4, eval5, gimje, iksan, jeonbuk]");

			instance.assertOnlyRealDataLeft(real, reference);
			assertThat(instance.jdbc.sql("select actor from identity_audit_log where action = 'demo-remove'")
				.query(String.class).list()).containsExactly("system");

			ByteArrayOutputStream again = new ByteArrayOutputStream();
			assertThat(app.getBean(DemoRemovalCommand.class).remove(new PrintStream(again, true, StandardCharsets.UTF_8)))
				.isZero();
			assertThat(again.toString(StandardCharsets.UTF_8)).contains("no demo data to remove");
		}
	}

	/** Demo rows of every kind, in the given database. */
	private static long demoRows(JdbcClient jdbc) {
		return jdbc.sql("""
				select (select count(*) from plan_plan where demo) + (select count(*) from plan_version where demo)
				     + (select count(*) from plan_sub_category where demo) + (select count(*) from result_fact where demo)
				     + (select count(*) from identity_user where demo) + (select count(*) from evaluation_year where demo)
				""").query(Long.class).single();
	}

	private long unmarked(String counts) {
		return jdbc.sql(counts).query(Long.class).list().stream().mapToLong(Long::longValue).sum();
	}

	/** The shipped reference data: the directory and the official statistics. */
	private record Reference(long governments, long codes, long statistics, long releases) {

		static Reference of(JdbcClient jdbc) {
			return new Reference(count(jdbc, "region_government"), count(jdbc, "region_government_code"),
					count(jdbc, "statistics_value"), count(jdbc, "statistics_release"));
		}

		private static long count(JdbcClient jdbc, String table) {
			return jdbc.sql("select count(*) from " + table).query(Long.class).single();
		}
	}

	/** A real plan of 김제시 for 2024, disclosed by a real officer, and one real fact against it. */
	private record RealData(JsonNode plan, JsonNode facts) {
	}

	/** An app started on a database of its own, seen through HTTP. */
	private final class Instance {

		final JdbcClient jdbc;

		final String base;

		Instance(ConfigurableApplicationContext app) {
			this.jdbc = app.getBean(JdbcClient.class);
			this.base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
		}

		BrowserSession browser() {
			return new BrowserSession(DemoDataRemovalTests.this::send, path -> base + path);
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build());
		}

		HttpResponse<String> json(String method, String path, Object body, String... headers) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
				.header("Content-Type", "application/json");
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request.build());
		}

		String token(String username, String password) {
			HttpResponse<String> issued = json("POST", "/api/v1/auth/tokens",
					Map.of("username", username, "password", password));
			assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
			return HttpTest.json(issued).get("token").asString();
		}

		/** Real accounts made by the demo administrator, then a real plan and a real fact. */
		RealData createRealData() {
			BrowserSession demoAdmin = browser();
			demoAdmin.login("admin", ApiTokens.DEMO_PASSWORD);
			demoAdmin.get("/admin/users");
			for (List<String> user : List.of(List.of("chief", "MINISTRY_ADMIN", ""),
					List.of("realgimje", "LOCAL_OFFICER", "45210"))) {
				HttpResponse<String> created = demoAdmin.post("/admin/users", Map.of("username", user.get(0),
						"displayName", "실제 " + user.get(0), "role", user.get(1), "governmentCode", user.get(2),
						"password", REAL_PASSWORD));
				assertThat(created.statusCode()).as(created.body()).isIn(200, 302, 303);
			}
			String officer = "Bearer " + token("realgimje", REAL_PASSWORD);

			ObjectNode draft = (ObjectNode) HttpTest.json(get("/api/v1/governments/45210/plans/2021"));
			for (JsonNode strategy : draft.get("strategies")) {
				((ObjectNode) strategy).remove("id");
				strategy.get("programs").forEach(program -> ((ObjectNode) program).remove("id"));
			}
			String plan = "/api/v1/governments/45210/plans/2024";
			HttpResponse<String> saved = json("PUT", plan + "/draft", draft, "Authorization", officer, "If-None-Match", "*");
			assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
			HttpResponse<String> disclosed = json("POST", plan + "/disclosures", Map.of(), "Authorization", officer);
			assertThat(disclosed.statusCode()).as(disclosed.body()).isEqualTo(201);
			long programId = HttpTest.json(disclosed).get("strategies").get(0).get("programs").get(0).get("id").asLong();
			HttpResponse<String> recorded = json("POST", "/api/v1/governments/45210/results/2024/facts",
					List.of(Map.of("programId", programId, "period", "2024H1", "jobsCreated", "17")), "Authorization",
					officer);
			assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
			assertThat(HttpTest.json(recorded).get(0).get("demo").asBoolean()).isFalse();
			return new RealData(HttpTest.json(get(plan)), HttpTest.json(get("/api/v1/governments/45210/results/2024/facts")));
		}

		void assertOnlyRealDataLeft(RealData real, Reference reference) {
			assertThat(demoRows(jdbc)).isZero();
			assertThat(jdbc.sql("select count(*) from plan_version where demo").query(Long.class).single()).isZero();
			assertThat(Reference.of(jdbc)).isEqualTo(reference);
			assertThat(HttpTest.json(get("/api/v1/governments/45210/plans/2024"))).isEqualTo(real.plan());
			assertThat(HttpTest.json(get("/api/v1/governments/45210/results/2024/facts"))).isEqualTo(real.facts());
			assertThat(get("/api/v1/governments/45210/plans/2021").statusCode()).isEqualTo(404);

			for (String demoUser : List.of("admin", "gimje", "eval1")) {
				assertThat(json("POST", "/api/v1/auth/tokens",
						Map.of("username", demoUser, "password", ApiTokens.DEMO_PASSWORD)).statusCode()).isEqualTo(401);
				HttpResponse<String> login = browser().login(demoUser, ApiTokens.DEMO_PASSWORD);
				assertThat(login.headers().firstValue("Location").orElse("")).contains("error");
			}
			assertThat(token("realgimje", REAL_PASSWORD)).isNotBlank();

			HttpResponse<String> home = get("/");
			assertThat(home.body()).doesNotContain("id=\"demo-banner\"");
			assertThat(home.headers().firstValue("Jobgoal-Demo")).isEmpty();
			assertThat(get("/api/v1/governments.csv").headers().firstValue("Jobgoal-Demo")).isEmpty();
		}
	}

	private String newDatabase() {
		return TestDatabases.create(jdbc, dataSource, "demo_removal");
	}

	/** The app as shipped, in demo mode, on the given database. */
	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(JobgoalApplication.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("excludeTestClasses", new ExcludeTestClasses()))
			.run("--JOBGOAL_DB_URL=" + url, "--JOBGOAL_DB_USER=postgres", "--JOBGOAL_DEMO=true",
					"--JOBGOAL_DEMO_PASSWORD=" + ApiTokens.DEMO_PASSWORD, "--server.port=0", "--spring.jmx.enabled=false");
	}

	/** Leaves the tests' own components out of the apps started here. */
	static class ExcludeTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}
	}
}
