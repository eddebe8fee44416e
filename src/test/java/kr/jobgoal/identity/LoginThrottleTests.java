package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class LoginThrottleTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFifthFailureRefusesTheUsernameFor15MinutesEvenWithTheRightPassword() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(tokenRequest(user.username(), "wrong-password-" + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> fifth = tokenRequest(user.username(), "wrong-password-5");
		assertThat(fifth.statusCode()).isEqualTo(429);
		assertThat(fifth.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		long retryAfter = Long.parseLong(fifth.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(14 * 60L, 15 * 60L);
		JsonNode problem = json(fifth);
		assertThat(problem.get("detail").asString()).contains("5번").contains("(한국 시간) 이후에 다시 시도하세요");
		assertThat(problem.has("retryAt")).isTrue();

		assertThat(tokenRequest(user.username(), user.password()).statusCode()).as("right password, still locked")
			.isEqualTo(429);

		// 15 minutes later
		jdbc.sql("update identity_login_throttle set locked_until = now() - interval '1 second', "
				+ "window_start = now() - interval '16 minutes' where username = :u")
			.param("u", user.username())
			.update();
		assertThat(tokenRequest(user.username(), user.password()).statusCode()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from identity_login_throttle where username = :u")
			.param("u", user.username())
			.query(Long.class)
			.single()).as("a successful sign-in forgets the failures").isZero();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		jdbc.sql("insert into identity_login_throttle (username, failures, window_start) "
				+ "values (:u, 4, now() - interval '16 minutes')")
			.param("u", user.username())
			.update();

		assertThat(tokenRequest(user.username(), "wrong-password-1").statusCode()).isEqualTo(401);
		assertThat(jdbc.sql("select failures from identity_login_throttle where username = :u")
			.param("u", user.username())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnknownUsernameIsThrottledLikeAKnownOne() {
		String ghost = "ghost-" + System.nanoTime();
		for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(tokenRequest(ghost, "whatever-password").statusCode()).isEqualTo(401);
		}
		assertThat(tokenRequest(ghost, "whatever-password").statusCode()).isEqualTo(429);
	}

	@Test
	void formAndTokenEndpointShareTheCount() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = new BrowserSession(this);
		for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
			browser.login(user.username(), "wrong-password-" + i);
		}
		assertThat(tokenRequest(user.username(), "wrong-password-5").statusCode()).isEqualTo(429);

		HttpResponse<String> form = browser.login(user.username(), user.password());
		assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("로그인에 5번 잇달아 실패하여")
			.contains("(한국 시간) 이후에 다시 시도하세요");
	}

	private HttpResponse<String> tokenRequest(String username, String password) {
		return sendJson("POST", "/api/v1/auth/tokens", Map.of("username", username, "password", password), Map.of());
	}
}
