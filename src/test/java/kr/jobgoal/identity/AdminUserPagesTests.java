package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.identity.account.PasswordPolicy;
import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
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
		assertThat(admin.get("/admin/users").body()).contains(kr.jobgoal.shared.KoreanParticles.attach("사용자 " + username, "을") + " 만들었습니다.");
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

	@Test
	void theAdministratorChangesRoleAndAffiliationWhichEndsTheUsersSignInsAndIsAudited() {
		TestUsers.Created user = TestUsers.create(administration, Role.LOCAL_OFFICER, "45210");
		BrowserSession userBrowser = signedIn(user.username(), user.password());
		String token = ApiTokens.issue(this, user.username(), user.password());
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/users/" + user.username());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).as("the code valid today").contains("value=\"52210\"").contains("<option value=\"LOCAL_OFFICER\" selected=\"selected\"");

		HttpResponse<String> response = admin.post("/admin/users/" + user.username(),
				Map.of("role", "PROVINCIAL_REVIEWER", "governmentCode", "45000", "enabled", "true"));

		assertThat(response.statusCode()).isEqualTo(302);
		UserAccounts.Account changed = accounts.findByUsername(user.username()).orElseThrow();
		assertThat(changed.role()).isEqualTo(Role.PROVINCIAL_REVIEWER);
		assertThat(changed.governmentId()).isEqualTo(directory.find("45000", LocalDate.now()).orElseThrow().id());
		assertThat(admin.get("/admin/users/" + user.username()).body()).contains(kr.jobgoal.shared.KoreanParticles.attach("사용자 " + user.username(), "을") + " 바꾸었습니다.");
		assertThat(userBrowser.get("/account/password").statusCode()).as("signed out").isEqualTo(302);
		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).isEqualTo(401);
		Map<String, Object> audit = jdbc.sql("select actor, before_state ->> 'role' as before, "
				+ "after_state ->> 'role' as after from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = :u and action = 'update'")
			.param("u", user.username())
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor", "admin").containsEntry("before", "LOCAL_OFFICER")
			.containsEntry("after", "PROVINCIAL_REVIEWER");
	}

	@Test
	void aChangeWithErrorsKeepsTheInputAndChangesNothing() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users/" + user.username());

		HttpResponse<String> response = admin.post("/admin/users/" + user.username(),
				Map.of("role", "LOCAL_OFFICER", "governmentCode", "99999<x>", "enabled", "false"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"governmentCode-error\"")
			.contains("현재 있는 지자체의 코드가 아닙니다")
			.contains("value=\"99999&lt;x&gt;\"")
			.contains("<option value=\"LOCAL_OFFICER\" selected=\"selected\"")
			.contains("id=\"enabled-false\" name=\"enabled\" value=\"false\" checked=\"checked\"");
		UserAccounts.Account unchanged = accounts.findByUsername(user.username()).orElseThrow();
		assertThat(unchanged.role()).isEqualTo(Role.EVALUATOR);
		assertThat(unchanged.enabled()).isTrue();
		assertThat(auditCount(user.username(), "update")).isZero();
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRoleNorResetTheirOwnPassword() {
		TestUsers.Created self = TestUsers.create(administration, Role.MINISTRY_ADMIN, null);
		String hash = accounts.findById(self.id()).orElseThrow().passwordHash();
		BrowserSession admin = signedIn(self.username(), self.password());
		admin.get("/admin/users/" + self.username());

		HttpResponse<String> response = admin.post("/admin/users/" + self.username(),
				Map.of("role", "EVALUATOR", "governmentCode", "", "enabled", "true"));
		assertThat(response.body()).contains("자기 역할은 바꿀 수 없습니다.");
		admin.post("/admin/users/" + self.username() + "/password-reset", Map.of());

		UserAccounts.Account unchanged = accounts.findById(self.id()).orElseThrow();
		assertThat(unchanged.role()).isEqualTo(Role.MINISTRY_ADMIN);
		assertThat(unchanged.passwordHash()).isEqualTo(hash);
		assertThat(admin.get("/admin/users/" + self.username()).body()).contains("자기 비밀번호는 초기화하지 않고");
	}

	@Test
	void aResetShowsAOneTimePasswordOnceAndTheUserMustChangeItBeforeAnythingElse() {
		TestUsers.Created user = TestUsers.create(administration, Role.LOCAL_OFFICER, "45210");
		BrowserSession userBrowser = signedIn(user.username(), user.password());
		String token = ApiTokens.issue(this, user.username(), user.password());
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);
		admin.get("/admin/users/" + user.username());

		HttpResponse<String> reset = admin.post("/admin/users/" + user.username() + "/password-reset", Map.of());

		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(reset.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Matcher shown = Pattern
			.compile("id=\"one-time-password\"[^>]*>([^<]+)<")
			.matcher(reset.body());
		assertThat(shown.find()).isTrue();
		String oneTime = shown.group(1);
		assertThat(PasswordPolicy.problem(oneTime, user.username())).isEmpty();
		assertThat(admin.get("/admin/users/" + user.username()).body()).doesNotContain(oneTime)
			.contains("초기화됨");
		assertThat(userBrowser.get("/account/password").statusCode()).as("signed out").isEqualTo(302);
		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("select count(*) from identity_audit_log where entity_id = :u and action = 'reset-password' "
				+ "and actor = 'admin' and after_state ->> 'mustChangePassword' = 'true' "
				+ "and position(:p in coalesce(after_state::text, '')) = 0")
			.param("u", user.username())
			.param("p", oneTime)
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> tokenWithOneTime = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", user.username(), "password", oneTime), Map.of());
		assertThat(tokenWithOneTime.statusCode()).as("no API token before the change").isEqualTo(403);
		assertThat(json(tokenWithOneTime).get("detail").asString()).contains("비밀번호를 바꾼 뒤에");

		BrowserSession gated = signedIn(user.username(), oneTime);
		HttpResponse<String> home = gated.get("/");
		assertThat(home.statusCode()).isEqualTo(303);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(gated.get("/governments/45210/plans/2024/draft").statusCode()).isEqualTo(303);
		gated.get("/account/password");
		HttpResponse<String> api = gated.send(HttpRequest
			.newBuilder(URI.create(url("/api/v1/governments/45210/plans/2024/draft")))
			.GET());
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(json(api).get("detail").asString()).contains("/account/password");
		assertThat(gated.get("/account/password").body()).contains("관리자가 비밀번호를 초기화했습니다.");

		String chosen = "Chosen-password-2026";
		assertThat(gated.post("/account/password",
				Map.of("currentPassword", oneTime, "newPassword", chosen, "confirmation", chosen)).statusCode())
			.isEqualTo(302);
		assertThat(gated.get("/").statusCode()).as("free again").isEqualTo(200);
		assertThat(accounts.findById(user.id()).orElseThrow().mustChangePassword()).isFalse();
		assertThat(ApiTokens.issue(this, user.username(), chosen)).startsWith("jgt_");
	}

	@Test
	void changesAndResetsNeedTheCsrfToken() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String hash = accounts.findById(user.id()).orElseThrow().passwordHash();
		BrowserSession admin = signedIn("admin", ApiTokens.DEMO_PASSWORD);

		assertThat(admin.postWithoutToken("/admin/users/" + user.username(),
				Map.of("role", "MINISTRY_ADMIN", "governmentCode", "", "enabled", "true")).statusCode()).isEqualTo(403);
		assertThat(admin.postWithoutToken("/admin/users/" + user.username() + "/password-reset", Map.of()).statusCode())
			.isEqualTo(403);

		UserAccounts.Account unchanged = accounts.findById(user.id()).orElseThrow();
		assertThat(unchanged.role()).isEqualTo(Role.EVALUATOR);
		assertThat(unchanged.passwordHash()).isEqualTo(hash);
	}

	@Test
	void anUnknownUsersPageIsNotFound() {
		assertThat(signedIn("admin", ApiTokens.DEMO_PASSWORD).get("/admin/users/nobody-here").statusCode())
			.isEqualTo(404);
	}

	private long auditCount(String username, String action) {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Long.class)
			.single();
	}

	private BrowserSession signedIn(String username, String password) {
		BrowserSession browser = new BrowserSession(this);
		HttpResponse<String> response = browser.login(username, password);
		assertThat(response.headers().firstValue("Location").orElseThrow()).as("signed in").doesNotContain("error");
		return browser;
	}
}
