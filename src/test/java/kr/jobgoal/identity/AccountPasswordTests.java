package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.identity.account.LoginThrottle;
import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A signed-in user changes their own password at /account/password. */
class AccountPasswordTests extends HttpTest {

	private static final String NEW_PASSWORD = "Another-password-2027";

	@Autowired
	UserAdministration administration;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserChangesTheirPasswordAndEveryOtherSignInEnds() {
		TestUsers.Created user = TestUsers.create(administration, Role.LOCAL_OFFICER, "45210");
		BrowserSession other = signedIn(user.username(), user.password());
		String token = ApiTokens.issue(this, user.username(), user.password());
		BrowserSession browser = signedIn(user.username(), user.password());
		assertThat(browser.get("/account/password").body()).contains("autocomplete=\"current-password\"")
			.contains("autocomplete=\"new-password\"");

		HttpResponse<String> changed = browser.post("/account/password",
				Map.of("currentPassword", user.password(), "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account/password").body()).as("still signed in here")
			.contains("비밀번호를 바꾸었습니다.");
		assertThat(other.get("/account/password").statusCode()).as("the other session has ended").isEqualTo(302);
		assertThat(sendJson("DELETE", "/api/v1/auth/tokens/current", "", Map.of("Authorization", "Bearer " + token))
			.statusCode()).as("the token is revoked").isEqualTo(401);
		assertThat(tokenStatus(user.username(), user.password())).as("the old password").isEqualTo(401);
		assertThat(tokenStatus(user.username(), NEW_PASSWORD)).as("the new password").isEqualTo(201);
		Map<String, Object> audit = jdbc.sql("select actor, before_state ->> 'username' as username, "
				+ "after_state::text as after from identity_audit_log where entity_type = 'identity.user' "
				+ "and entity_id = :u and action = 'change-password'")
			.param("u", user.username())
			.query()
			.singleRow();
		assertThat(audit).containsEntry("actor", user.username()).containsEntry("username", user.username());
		assertThat((String) audit.get("after")).doesNotContain(NEW_PASSWORD).doesNotContain("password_hash")
			.doesNotContain("$2a$");
	}

	@Test
	void aWrongCurrentPasswordOrAWeakOrMistypedNewOneChangesNothing() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String hashBefore = accounts.findById(user.id()).orElseThrow().passwordHash();
		BrowserSession browser = signedIn(user.username(), user.password());
		browser.get("/account/password");

		HttpResponse<String> refused = browser.post("/account/password",
				Map.of("currentPassword", "not-my-password-1", "newPassword", "short", "confirmation", "other"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"currentPassword-error\"")
			.contains("지금 비밀번호가 맞지 않습니다.")
			.contains("id=\"newPassword-error\"")
			.contains("비밀번호는 영문 대문자")
			.contains("id=\"confirmation-error\"")
			.contains("aria-invalid=\"true\"")
			.doesNotContain("not-my-password-1")
			.doesNotContain("value=\"short\"");
		assertThat(accounts.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(hashBefore);

		HttpResponse<String> containsName = browser.post("/account/password", Map.of("currentPassword",
				user.password(), "newPassword", "X" + user.username() + "-2026", "confirmation",
				"X" + user.username() + "-2026"));
		assertThat(containsName.body()).contains("비밀번호에 사용자 이름을 넣을 수 없습니다.");
		assertThat(accounts.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(hashBefore);
		assertThat(jdbc.sql("select count(*) from identity_audit_log where entity_id = :u and action = 'change-password'")
			.param("u", user.username())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = signedIn(user.username(), user.password());
		browser.get("/account/password");
		for (int i = 0; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			assertThat(browser.post("/account/password", Map.of("currentPassword", "guess-" + i, "newPassword",
					NEW_PASSWORD, "confirmation", NEW_PASSWORD)).body()).contains("지금 비밀번호가 맞지 않습니다.");
		}

		HttpResponse<String> right = browser.post("/account/password",
				Map.of("currentPassword", user.password(), "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("비밀번호를 여러 번 틀려 잠시 바꿀 수 없습니다.");
		assertThat(tokenStatus(user.username(), user.password())).as("signing in is delayed too").isEqualTo(429);
	}

	@Test
	void changingThePasswordNeedsTheCsrfTokenAndASignIn() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String hashBefore = accounts.findById(user.id()).orElseThrow().passwordHash();
		Map<String, String> form = Map.of("currentPassword", user.password(), "newPassword", NEW_PASSWORD,
				"confirmation", NEW_PASSWORD);

		assertThat(signedIn(user.username(), user.password()).postWithoutToken("/account/password", form).statusCode())
			.isEqualTo(403);

		BrowserSession anonymous = new BrowserSession(this::send, this::url);
		HttpResponse<String> page = anonymous.get("/account/password");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		anonymous.get("/login");
		HttpResponse<String> post = anonymous.post("/account/password", form);
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(accounts.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(hashBefore);
	}

	private int tokenStatus(String username, String password) {
		return sendJson("POST", "/api/v1/auth/tokens", Map.of("username", username, "password", password), Map.of())
			.statusCode();
	}

	private BrowserSession signedIn(String username, String password) {
		BrowserSession browser = new BrowserSession(this::send, this::url);
		HttpResponse<String> response = browser.login(username, password);
		assertThat(response.headers().firstValue("Location").orElseThrow()).as("signed in").doesNotContain("error");
		return browser;
	}
}
