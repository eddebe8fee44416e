package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each identity endpoint as anonymous visitor (401 / login), with a wrong role (403) and the right one. */
class IdentityEndpointRoleTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorsAreSentToLoginOrGetA401() {
		for (String page : new String[] { "/admin/users", "/admin/users/gimje", "/admin/audit", "/admin/audit/chain",
				"/account/password" }) {
			HttpResponse<String> response = get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}
		for (String path : new String[] { "/api/v1/admin/users/gimje/tokens", "/api/v1/auth/tokens/current" }) {
			HttpResponse<String> response = sendJson("DELETE", path, "", Map.of());
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("application/problem+json");
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void administrationIsForTheMinistryAdministratorOnly(Role role) {
		TestUsers.Created user = TestUsers.create(administration, role, affiliation(role));
		BrowserSession browser = new BrowserSession(this);
		browser.login(user.username(), user.password());
		String token = ApiTokens.issue(this, user.username(), user.password());
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		int expectedPage = role == Role.MINISTRY_ADMIN ? 200 : 403;

		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(expectedPage);
		assertThat(browser.get("/admin/audit").statusCode()).isEqualTo(expectedPage);
		assertThat(browser.get("/admin/audit/chain").statusCode()).isEqualTo(expectedPage);
		HttpResponse<String> revoke = sendJson("DELETE", "/api/v1/admin/users/" + target.username() + "/tokens", "",
				Map.of("Authorization", "Bearer " + token));
		assertThat(revoke.statusCode()).isEqualTo(expectedPage);
		assertThat(browser.get("/admin/users/" + target.username()).statusCode()).isEqualTo(expectedPage);
	}

	/** The administrator's writes on a user: refused to every other role, and a refusal changes nothing. */
	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyTheMinistryAdministratorChangesOrResetsAUser(Role role) {
		TestUsers.Created user = TestUsers.create(administration, role, affiliation(role));
		BrowserSession browser = new BrowserSession(this::send, this::url);
		browser.login(user.username(), user.password());
		browser.get("/account/password");
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		UserAccounts.Account before = accounts.findById(target.id()).orElseThrow();
		long auditBefore = auditRows(target.username());
		boolean admin = role == Role.MINISTRY_ADMIN;

		HttpResponse<String> update = browser.post("/admin/users/" + target.username(),
				Map.of("role", "MINISTRY_ADMIN", "governmentCode", "", "enabled", "true"));
		HttpResponse<String> reset = browser.post("/admin/users/" + target.username() + "/password-reset", Map.of());

		assertThat(update.statusCode()).isEqualTo(admin ? 302 : 403);
		assertThat(reset.statusCode()).isEqualTo(admin ? 200 : 403);
		UserAccounts.Account after = accounts.findById(target.id()).orElseThrow();
		if (admin) {
			assertThat(after.role()).isEqualTo(Role.MINISTRY_ADMIN);
			assertThat(after.mustChangePassword()).isTrue();
			assertThat(auditRows(target.username())).isEqualTo(auditBefore + 2);
		}
		else {
			assertThat(after).isEqualTo(before);
			assertThat(auditRows(target.username())).isEqualTo(auditBefore);
		}
	}

	@Test
	void anonymousWritesOnUsersAndPasswordsAreSentToLoginAndChangeNothing() {
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		UserAccounts.Account before = accounts.findById(target.id()).orElseThrow();
		BrowserSession anonymous = new BrowserSession(this::send, this::url);
		anonymous.get("/login");
		for (String path : new String[] { "/admin/users/" + target.username(),
				"/admin/users/" + target.username() + "/password-reset", "/account/password" }) {
			HttpResponse<String> response = anonymous.post(path, Map.of("role", "MINISTRY_ADMIN", "enabled", "true"));
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}
		assertThat(accounts.findById(target.id()).orElseThrow()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everySignedInUserReachesTheirPasswordPage(Role role) {
		TestUsers.Created user = TestUsers.create(administration, role, affiliation(role));
		BrowserSession browser = new BrowserSession(this::send, this::url);
		browser.login(user.username(), user.password());
		assertThat(browser.get("/account/password").statusCode()).isEqualTo(200);
	}

	private long auditRows(String username) {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = 'identity.user' and entity_id = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everySignedInUserExtendsTheirSessionAndRevokesTheirToken(Role role) {
		TestUsers.Created user = TestUsers.create(administration, role, affiliation(role));
		BrowserSession browser = new BrowserSession(this);
		browser.login(user.username(), user.password());
		browser.get("/login");
		assertThat(browser.postWithCsrfHeader("/session/extend").statusCode()).isEqualTo(204);

		String token = ApiTokens.issue(this, user.username(), user.password());
		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).isEqualTo(204);
	}

	private static String affiliation(Role role) {
		return switch (role) {
			case MINISTRY_ADMIN, EVALUATOR -> null;
			case PROVINCIAL_REVIEWER -> "45000";
			case LOCAL_OFFICER, JOB_FAIR_ORGANISER -> "45210";
		};
	}
}
