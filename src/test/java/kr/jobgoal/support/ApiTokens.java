package kr.jobgoal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for HTTP tests, in one line:
 * {@code sendJson("PUT", path, body, ApiTokens.bearer(this, "gimje"))} or
 * {@code get(path, "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"))}.
 * Tokens of the demo users are issued once per running app and shared by all tests, so a test must not
 * revoke a demo user's tokens or disable a demo user (create your own user for that).
 */
public final class ApiTokens {

	/** The demo accounts' password in tests (src/test/resources/config/application.properties). */
	public static final String DEMO_PASSWORD = "test-demo-password";

	private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

	private ApiTokens() {
	}

	/** A valid token of a demo user: admin, gimje, iksan, jeonbuk, eval1 … eval5. */
	public static String tokenFor(HttpTest test, String demoUser) {
		return ISSUED.computeIfAbsent(test.port + "/" + demoUser, key -> issue(test, demoUser, DEMO_PASSWORD));
	}

	/** The {@code Authorization} header of a demo user, for {@link HttpTest#sendJson}. */
	public static Map<String, String> bearer(HttpTest test, String demoUser) {
		return Map.of("Authorization", "Bearer " + tokenFor(test, demoUser));
	}

	/** A new token of any user, not shared with other tests. */
	public static String issue(HttpTest test, String username, String password) {
		HttpResponse<String> response = test.sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", username, "password", password), Map.of());
		assertThat(response.statusCode()).as("token for %s: %s", username, response.body()).isEqualTo(201);
		return HttpTest.json(response).get("token").asString();
	}
}
