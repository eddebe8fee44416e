package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The administrator's user API: PUT /api/v1/admin/users/{username} and POST …/password-resets. */
class AdminUserApiTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyTheMinistryAdministratorChangesOrResetsAUserAndARefusalChangesNothing(Role role) {
		TestUsers.Created caller = TestUsers.create(administration, role, affiliation(role));
		Map<String, String> bearer = Map.of("Authorization",
				"Bearer " + ApiTokens.issue(this, caller.username(), caller.password()));
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		UserAccounts.Account before = accounts.findById(target.id()).orElseThrow();
		boolean admin = role == Role.MINISTRY_ADMIN;

		HttpResponse<String> update = sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "LOCAL_OFFICER", "governmentCode", "45140", "enabled", true), bearer);
		HttpResponse<String> reset = sendJson("POST", "/api/v1/admin/users/" + target.username() + "/password-resets",
				"", bearer);

		assertThat(update.statusCode()).isEqualTo(admin ? 200 : 403);
		assertThat(reset.statusCode()).isEqualTo(admin ? 201 : 403);
		if (!admin) {
			assertThat(accounts.findById(target.id()).orElseThrow()).isEqualTo(before);
			assertThat(auditRows(target.username())).isEqualTo(1);
		}
	}

	@Test
	void anonymousCallsAre401() {
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		assertThat(sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "MINISTRY_ADMIN", "enabled", true), Map.of()).statusCode()).isEqualTo(401);
		assertThat(sendJson("POST", "/api/v1/admin/users/" + target.username() + "/password-resets", "", Map.of())
			.statusCode()).isEqualTo(401);
		assertThat(accounts.findById(target.id()).orElseThrow().role()).isEqualTo(Role.EVALUATOR);
	}

	@Test
	void theAdministratorSetsRoleAffiliationAndStatus() {
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);

		HttpResponse<String> response = sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "LOCAL_OFFICER", "governmentCode", "45140", "enabled", false),
				ApiTokens.bearer(this, "admin"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = json(response);
		assertThat(body.get("role").asString()).isEqualTo("LOCAL_OFFICER");
		assertThat(body.get("enabled").asBoolean()).isFalse();
		UserAccounts.Account after = accounts.findById(target.id()).orElseThrow();
		assertThat(after.role()).isEqualTo(Role.LOCAL_OFFICER);
		assertThat(after.enabled()).isFalse();
		assertThat(jdbc.sql("select actor from identity_audit_log where entity_id = :u and action = 'update'")
			.param("u", target.username())
			.query(String.class)
			.single()).isEqualTo("admin");
	}

	@Test
	void badValuesAreA400NamingTheFieldAndChangeNothing() {
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);
		Map<String, String> admin = ApiTokens.bearer(this, "admin");

		HttpResponse<String> unknownRole = sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "KING", "enabled", true), admin);
		HttpResponse<String> noStatus = sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "EVALUATOR"), admin);
		HttpResponse<String> noGovernment = sendJson("PUT", "/api/v1/admin/users/" + target.username(),
				Map.of("role", "LOCAL_OFFICER", "enabled", true), admin);

		assertThat(unknownRole.statusCode()).isEqualTo(400);
		assertThat(json(unknownRole).get("errors").findValuesAsString("field")).contains("role");
		assertThat(noStatus.statusCode()).isEqualTo(400);
		assertThat(json(noStatus).get("errors").findValuesAsString("field")).containsExactly("enabled");
		assertThat(noGovernment.statusCode()).isEqualTo(400);
		assertThat(json(noGovernment).get("errors").findValuesAsString("field")).containsExactly("governmentCode");
		assertThat(accounts.findById(target.id()).orElseThrow().role()).isEqualTo(Role.EVALUATOR);
		assertThat(auditRows(target.username())).isEqualTo(1);
		assertThat(sendJson("PUT", "/api/v1/admin/users/nobody-here", Map.of("role", "EVALUATOR", "enabled", true),
				admin).statusCode()).isEqualTo(404);
	}

	@Test
	void aResetGivesAOneTimePasswordThatGetsNoToken() {
		TestUsers.Created target = TestUsers.create(administration, Role.EVALUATOR, null);

		HttpResponse<String> reset = sendJson("POST", "/api/v1/admin/users/" + target.username() + "/password-resets",
				"", ApiTokens.bearer(this, "admin"));

		assertThat(reset.statusCode()).isEqualTo(201);
		assertThat(reset.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		String oneTime = json(reset).get("oneTimePassword").asString();
		assertThat(accounts.findById(target.id()).orElseThrow().mustChangePassword()).isTrue();
		HttpResponse<String> token = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", target.username(), "password", oneTime), Map.of());
		assertThat(token.statusCode()).isEqualTo(403);
		assertThat(sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", target.username(), "password", target.password()), Map.of()).statusCode())
			.as("the old password")
			.isEqualTo(401);
	}

	private long auditRows(String username) {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = 'identity.user' and entity_id = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private static String affiliation(Role role) {
		return switch (role) {
			case MINISTRY_ADMIN, EVALUATOR -> null;
			case PROVINCIAL_REVIEWER -> "45000";
			case LOCAL_OFFICER, JOB_FAIR_ORGANISER -> "45210";
		};
	}
}
