package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdminUserPagesTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccounts accounts;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheMinistryAdministratorSeesTheUsers() {
		HttpResponse<String> anonymous = get("/admin/users");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		BrowserSession officer = signedIn("gimje", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> refused = officer.get("/admin/users");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("권한이 없습니다");

		HttpResponse<String> page = signedIn("admin", ApiTokens.DEMO_PASSWORD).get("/admin/users");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<span>gimje</span>")
			.contains("krds-badge bg-point\">데모</span>")
			.contains("지자체 담당자")
			.contains("name=\"_csrf\"");
	}

	@Test
	void aFormWithErrorsShowsThemNextToTheFieldsKeepsTheInputAndCreatesNothing() {
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", "X");
		form.put("displayName", "홍길동 <b>");
		form.put("role", "PROVINCIAL_REVIEWER");
		form.put("governmentCode", "45210");
		form.put("password", "short");

		HttpResponse<String> response = admin.post("/admin/users", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"username-error\"")
			.contains("사용자 이름은 영문 소문자")
			.contains("id=\"governmentCode-error\"")
			.contains("시·도 검토자는 광역자치단체(시·도)에 소속되어야 합니다")
			.contains("id=\"password-error\"")
			.contains("aria-invalid=\"true\"")
			.contains("value=\"홍길동 &lt;b&gt;\"")
			.contains("<option value=\"PROVINCIAL_REVIEWER\" selected=\"selected\"")
			.doesNotContain("value=\"short\"");
		assertThat(accounts.findByUsername("x")).isEmpty();
	}

	@Test
	void theAdministratorCreatesAnOfficerAndTheCreationIsAudited() {
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users");
		String username = "officer" + System.nanoTime() % 1_000_000_000;

		HttpResponse<String> response = admin.post("/admin/users", Map.of("username", username, "displayName",
				"익산시 일자리 담당", "role", "LOCAL_OFFICER", "governmentCode", "45140", "password", "Iksan-office-2026"));

		assertThat(response.statusCode()).isEqualTo(302);
		UserAccounts.Account created = accounts.findByUsername(username).orElseThrow();
		assertThat(created.role()).isEqualTo(Role.LOCAL_OFFICER);
		assertThat(created.governmentId()).isEqualTo(directory.find("45140", LocalDate.now()).orElseThrow().id());
		assertThat(created.demo()).isFalse();
		assertThat(admin.get("/admin/users").body()).contains("사용자 " + username + "을(를) 만들었습니다.");
		assertThat(jdbc.sql("select actor from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = :u and action = 'create'")
			.param("u", username)
			.query(String.class)
			.single()).isEqualTo("admin");
		assertThat(signedIn(username, "Iksan-office-2026").sessionId()).isNotNull();
	}

	@Test
	void creatingAUserNeedsTheCsrfToken() {
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		String username = "nocsrf" + System.nanoTime() % 1_000_000;
		HttpResponse<String> response = admin.postWithoutToken("/admin/users", Map.of("username", username,
				"displayName", "x", "role", "EVALUATOR", "password", "Evaluator-2026"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(accounts.findByUsername(username)).isEmpty();
	}

	@Test
	void disablingAUserEndsTheirSessionsAndTokensAndIsAudited() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession userBrowser = signedIn(user.username(), user.password());
		userBrowser.get("/login");
		String token = ApiTokens.issue(this, user.username(), user.password());
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users");

		HttpResponse<String> disabled = admin.post("/admin/users/" + user.username() + "/enabled",
				Map.of("enabled", "false"));

		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(accounts.findByUsername(user.username()).orElseThrow().enabled()).isFalse();
		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).isEqualTo(401);
		assertThat(userBrowser.get("/login").body()).as("signed out").doesNotContain("session-timeout");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u")
			.param("u", user.username())
			.query(Long.class)
			.single()).isZero();
		Map<String, Object> audit = jdbc.sql("select actor, before_state ->> 'enabled' as before, "
				+ "after_state ->> 'enabled' as after from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = :u and action = 'disable'")
			.param("u", user.username())
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor", "admin").containsEntry("before", "true").containsEntry("after", "false");

		admin.get("/admin/users");
		admin.post("/admin/users/" + user.username() + "/enabled", Map.of("enabled", "true"));
		assertThat(accounts.findByUsername(user.username()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void anAdministratorCannotDisableThemself() {
		TestUsers.Created other = TestUsers.create(administration, Role.MINISTRY_ADMIN, null);
		BrowserSession admin = signedIn(other.username(), other.password());
		admin.get("/admin/users");

		admin.post("/admin/users/" + other.username() + "/enabled", Map.of("enabled", "false"));

		assertThat(accounts.findByUsername(other.username()).orElseThrow().enabled()).isTrue();
		assertThat(admin.get("/admin/users").body()).contains("자기 계정은 사용 중지할 수 없습니다.");
	}

	@Test
	void theAdministratorRevokesAUsersTokensFromThePage() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String token = ApiTokens.issue(this, user.username(), user.password());
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users");

		admin.post("/admin/users/" + user.username() + "/tokens/revocation", Map.of());

		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).isEqualTo(401);
		assertThat(admin.get("/admin/users").body()).contains("API 토큰 1개를 폐기했습니다.");
	}

	private BrowserSession signedIn(String username, String password) {
		BrowserSession browser = new BrowserSession(this);
		HttpResponse<String> response = browser.login(username, password);
		assertThat(response.headers().firstValue("Location").orElseThrow()).as("signed in").doesNotContain("error");
		return browser;
	}
}
