package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import kr.jobgoal.JobgoalApplication;
import kr.jobgoal.identity.account.IdentityStartup;
import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.shared.HttpAuthorization;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Start-up on a database of its own: the first administrator from JOBGOAL_ADMIN_PASSWORD, demo accounts with a
 * generated password shown once, and how refusals thrown by services reach API clients and browsers. The whole
 * app is started (twice) on a new database in the test PostgreSQL server.
 */
@ExtendWith(OutputCaptureExtension.class)
class FreshDatabaseTests extends HttpTest {

	private static final Pattern LOGGED_PASSWORD = Pattern.compile("password: ([a-z0-9-]{19})");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startingOnAFreshDatabase(CapturedOutput output) {
		String url = newDatabase();

		// an external database without JOBGOAL_DEMO: no demo data, only the administrator asked for
		try (ConfigurableApplicationContext app = start(url, "--JOBGOAL_ADMIN_PASSWORD=Ministry-chief-2026")) {
			UserAccounts accounts = app.getBean(UserAccounts.class);
			UserAccounts.Account admin = accounts.findByUsername("admin").orElseThrow();
			assertThat(admin.role()).isEqualTo(Role.MINISTRY_ADMIN);
			assertThat(admin.demo()).isFalse();
			assertThat(app.getBean(PasswordEncoder.class).matches("Ministry-chief-2026", admin.passwordHash())).isTrue();
			assertThat(accounts.list()).hasSize(1);
			assertRefusalsReachClients(app);
		}

		// later, demo mode on a database that has users: the administrator stays, the demo accounts are added
		try (ConfigurableApplicationContext app = start(url, "--JOBGOAL_ADMIN_PASSWORD=Another-chief-2027",
				"--JOBGOAL_DEMO=true")) {
			UserAccounts accounts = app.getBean(UserAccounts.class);
			PasswordEncoder passwords = app.getBean(PasswordEncoder.class);
			assertThat(passwords.matches("Ministry-chief-2026",
					accounts.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
			assertThat(accounts.list()).hasSize(IdentityStartup.DEMO_ACCOUNTS.size());

			Matcher logged = LOGGED_PASSWORD.matcher(output.getOut());
			assertThat(logged.find()).as("the generated password is logged").isTrue();
			String password = logged.group(1);
			UserAccounts.Account gimje = accounts.findByUsername("gimje").orElseThrow();
			assertThat(gimje.demo()).isTrue();
			assertThat(passwords.matches(password, gimje.passwordHash())).isTrue();

			app.getBean(IdentityStartup.class).run(null);
			assertThat(countOf(output.getOut(), password)).as("shown only once").isEqualTo(1);
		}
	}

	/** Refusals thrown by services: a 403 problem for the API, the 403 page for browsers. */
	private void assertRefusalsReachClients(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		String base = "http://localhost:" + port;

		HttpResponse<String> anonymous = send(post(base + "/api/v1/test-refusals/anonymous", Map.of()));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(json(anonymous).get("detail").asString()).startsWith("로그인이 필요합니다.");

		HttpResponse<String> issued = send(post(base + "/api/v1/auth/tokens", Map.of("Content-Type",
				"application/json"), "{\"username\":\"admin\",\"password\":\"Ministry-chief-2026\"}"));
		String token = json(issued).get("token").asString();
		HttpResponse<String> api = send(post(base + "/api/v1/test-refusals",
				Map.of("Authorization", "Bearer " + token)));
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(api).get("detail").asString()).isEqualTo("이 지자체의 자료를 수정할 권한이 없습니다.");

		BrowserSession browser = new BrowserSession(this::send, path -> base + path);
		browser.login("admin", "Ministry-chief-2026");
		HttpResponse<String> page = browser.get("/test-refusals");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("권한이 없습니다");
	}

	private String newDatabase() {
		return TestDatabases.create(jdbc, dataSource, "identity_fresh");
	}

	private static ConfigurableApplicationContext start(String url, String... settings) {
		String[] args = new String[settings.length + 5];
		args[0] = "--JOBGOAL_DB_URL=" + url;
		args[1] = "--JOBGOAL_DB_USER=postgres";
		args[2] = "--JOBGOAL_DEMO_PASSWORD=";
		args[3] = "--server.port=0";
		args[4] = "--spring.jmx.enabled=false";
		System.arraycopy(settings, 0, args, 5, settings.length);
		return new SpringApplicationBuilder(JobgoalApplication.class, RefusingApi.class, RefusingPage.class,
				RefusalRules.class)
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("excludeTestClasses", new ExcludeTestClasses()))
			.run(args);
	}

	private static HttpRequest post(String url, Map<String, String> headers) {
		return post(url, headers, "");
	}

	private static HttpRequest post(String url, Map<String, String> headers, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return request.build();
	}

	private static int countOf(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

	/** The app started here is the app as shipped (plus the endpoints below), not the tests' other components. */
	static class ExcludeTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}
	}

	/** A service refusing as GovernmentAccess does, behind an API path. */
	@RestController
	static class RefusingApi {

		private final GovernmentAccess access;

		private final CurrentUsers users;

		RefusingApi(GovernmentAccess access, CurrentUsers users) {
			this.access = access;
			this.users = users;
		}

		@PostMapping("/api/v1/test-refusals")
		void refuse() {
			access.requireEdit(users.require(), -1);
		}

		@PostMapping("/api/v1/test-refusals/anonymous")
		void requireLogin() {
			users.require();
		}
	}

	/** The same behind a page. */
	@Controller
	static class RefusingPage {

		private final GovernmentAccess access;

		private final CurrentUsers users;

		RefusingPage(GovernmentAccess access, CurrentUsers users) {
			this.access = access;
			this.users = users;
		}

		@GetMapping("/test-refusals")
		String refuse() {
			access.requireEdit(users.require(), -1);
			return "never";
		}
	}

	static class RefusalRules implements HttpAuthorization {

		@Override
		public void configure(
				AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
			rules.requestMatchers("/api/v1/test-refusals", "/test-refusals").authenticated()
				.requestMatchers("/api/v1/test-refusals/anonymous").permitAll();
		}
	}
}
