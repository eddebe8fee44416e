package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.jobgoal.identity.account.AccessTokens;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuthTokenApiTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAdministration administration;

	@Test
	void aDemoUserGetsATokenThatIsStoredOnlyAsItsHash() {
		HttpResponse<String> response = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", "gimje", "password", ApiTokens.DEMO_PASSWORD), Map.of());

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		JsonNode body = json(response);
		String token = body.get("token").asString();
		assertThat(token).startsWith("jgt_").hasSizeGreaterThanOrEqualTo(4 + 43);
		Instant expiresAt = Instant.parse(body.get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(11), Duration.ofHours(12));

		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash = :hash")
			.param("hash", AccessTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from identity_api_token where token_hash = :token")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void wrongCredentialsAreAKoreanProblem() {
		String username = TestUsers.create(administration, Role.EVALUATOR, null).username();
		HttpResponse<String> response = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", username, "password", "not-the-password-1"), Map.of());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(response).get("detail").asString()).isEqualTo("사용자 이름 또는 비밀번호가 맞지 않습니다.");

		HttpResponse<String> unknown = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", "nobody-" + System.nanoTime(), "password", "whatever-12345"), Map.of());
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(json(unknown).get("detail").asString()).isEqualTo("사용자 이름 또는 비밀번호가 맞지 않습니다.");
	}

	@Test
	void missingCredentialsNameTheFields() {
		HttpResponse<String> response = sendJson("POST", "/api/v1/auth/tokens", Map.of("username", " "), Map.of());

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json(response);
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("username", "password");
	}

	@Test
	void aDisabledUserGetsNoToken() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		jdbc.sql("update identity_user set enabled = false where username = :u").param("u", user.username()).update();

		HttpResponse<String> response = sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", user.username(), "password", user.password()), Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("detail").asString()).contains("사용이 중지된 계정");
	}

	@Test
	void aTokenSignsInUntilItIsRevoked() {
		TestUsers.Created user = TestUsers.create(administration, Role.LOCAL_OFFICER, "45140");
		String token = ApiTokens.issue(this, user.username(), user.password());
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

		HttpResponse<String> revoked = sendJson("DELETE", "/api/v1/auth/tokens/current", "", bearer);
		assertThat(revoked.statusCode()).isEqualTo(204);
		assertThat(revoked.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();

		HttpResponse<String> again = sendJson("DELETE", "/api/v1/auth/tokens/current", "", bearer);
		assertThat(again.statusCode()).isEqualTo(401);
		assertThat(again.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
		assertThat(json(again).get("detail").asString()).contains("토큰");
		assertThat(auditActions(user.username())).contains("issue", "revoke");
	}

	@Test
	void anExpiredTokenIsRefused() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String token = ApiTokens.issue(this, user.username(), user.password());
		jdbc.sql("update identity_api_token set expires_at = now() - interval '1 second' where token_hash = :hash")
			.param("hash", AccessTokens.hash(token))
			.update();

		HttpResponse<String> response = sendJson("DELETE", "/api/v1/auth/tokens/current", "",
				Map.of("Authorization", "Bearer " + token));
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void anAdministratorRevokesEveryTokenOfAUser() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String first = ApiTokens.issue(this, user.username(), user.password());
		String second = ApiTokens.issue(this, user.username(), user.password());
		String path = "/api/v1/admin/users/" + user.username() + "/tokens";

		assertThat(sendJson("DELETE", path, "", Map.of()).statusCode()).isEqualTo(401);
		HttpResponse<String> officer = sendJson("DELETE", path, "", ApiTokens.bearer(this, "gimje"));
		assertThat(officer.statusCode()).isEqualTo(403);
		assertThat(officer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(officer).get("detail").asString()).isEqualTo("이 요청을 할 권한이 없습니다.");

		HttpResponse<String> admin = sendJson("DELETE", path, "", ApiTokens.bearer(this, "admin"));
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(json(admin).get("revoked").asInt()).isEqualTo(2);
		for (String token : new String[] { first, second }) {
			assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
				.statusCode()).isEqualTo(401);
		}
		assertThat(jdbc.sql("select count(*) from identity_audit_log where entity_type = 'identity.token' "
				+ "and action = 'revoke' and actor = 'admin' and entity_id in (select id::text from identity_api_token "
				+ "where user_id = :id)")
			.param("id", user.id())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anUnknownUsersTokensAreNotFound() {
		HttpResponse<String> response = sendJson("DELETE", "/api/v1/admin/users/nobody-here/tokens", "",
				ApiTokens.bearer(this, "admin"));
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void anApiCallWithoutTokenIsAKorean401() {
		HttpResponse<String> response = sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(response).get("detail").asString()).startsWith("로그인이 필요합니다.");
		assertThat(response.headers().firstValue("Set-Cookie")).as("no session for API calls").isEmpty();
	}

	private List<String> auditActions(String username) {
		return jdbc.sql("select action from identity_audit_log where entity_type = 'identity.token' and entity_id in "
				+ "(select t.id::text from identity_api_token t join identity_user u on u.id = t.user_id "
				+ "where u.username = :u) order by id")
			.param("u", username)
			.query(String.class)
			.list();
	}
}
