package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import kr.jobgoal.identity.account.LoginThrottle;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Throttling by account at an address, by address and by account from everywhere, through the token endpoint
 * and the login form. Each test signs in from addresses of its own (documentation ranges), so that the counts
 * it sees are its own.
 */
class LoginThrottleTests extends HttpTest {

	private static final AtomicInteger HOST = new AtomicInteger(1);

	@Autowired
	UserAdministration administration;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFifthFailureFromAnAddressDelaysThatAddressFor15SecondsEvenWithTheRightPassword() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String address = newAddress();
		for (int i = 1; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			assertThat(tokenRequest(user.username(), "wrong-password-" + i, address).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> fifth = tokenRequest(user.username(), "wrong-password-5", address);
		assertThat(fifth.statusCode()).isEqualTo(429);
		assertThat(fifth.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(Long.parseLong(fifth.headers().firstValue("Retry-After").orElseThrow())).isEqualTo(15);
		JsonNode problem = json(fifth);
		assertThat(problem.get("detail").asString()).contains("여러 번 실패하여").contains("(한국 시간) 이후에 다시 시도하세요");
		assertThat(problem.has("retryAt")).isTrue();
		assertThat(tokenRequest(user.username(), user.password(), address).statusCode())
			.as("right password, still delayed")
			.isEqualTo(429);

		endBlock(LoginThrottle.ACCOUNT_AT_ADDRESS, user.username() + "@" + address);
		assertThat(tokenRequest(user.username(), user.password(), address).statusCode()).isEqualTo(201);
		assertThat(failures(LoginThrottle.ACCOUNT_AT_ADDRESS, user.username() + "@" + address))
			.as("a successful sign-in forgets this address's failures for the account")
			.isZero();
	}

	@Test
	void theDelayDoublesWithEachFurtherFailureUpToAnHour() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String address = newAddress();
		String key = user.username() + "@" + address;
		seed(LoginThrottle.ACCOUNT_AT_ADDRESS, key, 5);
		assertThat(retryAfter(tokenRequest(user.username(), "wrong-password", address))).isEqualTo(30);

		endBlock(LoginThrottle.ACCOUNT_AT_ADDRESS, key);
		assertThat(retryAfter(tokenRequest(user.username(), "wrong-password", address))).isEqualTo(60);

		seed(LoginThrottle.ACCOUNT_AT_ADDRESS, key, 10_000);
		assertThat(retryAfter(tokenRequest(user.username(), "wrong-password", address))).isEqualTo(3600);
	}

	@Test
	void aStrangerDelayingAnAccountFromTheirAddressDoesNotKeepItsOwnerOut() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String stranger = newAddress();
		for (int i = 0; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			tokenRequest(user.username(), "guess-" + i, stranger);
		}
		assertThat(tokenRequest(user.username(), user.password(), stranger).statusCode()).isEqualTo(429);

		assertThat(tokenRequest(user.username(), user.password(), newAddress()).statusCode()).isEqualTo(201);
	}

	@Test
	void anAddressFailingForManyAccountsIsDelayedForEveryAccount() {
		String address = newAddress();
		seed(throttle.addressRule(), address, throttle.addressRule().freeFailures() - 1);
		assertThat(tokenRequest("ghost-" + System.nanoTime(), "whatever-password", address).statusCode())
			.as("the last free failure of the address")
			.isEqualTo(401);

		assertThat(retryAfter(tokenRequest("ghost-" + System.nanoTime(), "whatever-password", address))).isEqualTo(15);
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		assertThat(tokenRequest(user.username(), user.password(), address).statusCode()).isEqualTo(429);
		assertThat(tokenRequest(user.username(), user.password(), newAddress()).statusCode()).isEqualTo(201);
	}

	@Test
	void failuresFromEverywhereOnlySlowAnAccountDownForAtMostFiveMinutes() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		seed(LoginThrottle.ACCOUNT, user.username(), LoginThrottle.ACCOUNT.freeFailures());
		assertThat(retryAfter(tokenRequest(user.username(), "guess", newAddress()))).isEqualTo(15);
		assertThat(tokenRequest(user.username(), user.password(), newAddress()).statusCode())
			.as("slowed down from every address")
			.isEqualTo(429);

		seed(LoginThrottle.ACCOUNT, user.username(), 1_000_000);
		assertThat(retryAfter(tokenRequest(user.username(), "guess", newAddress()))).isEqualTo(300);
	}

	@Test
	void anUnknownUsernameIsThrottledLikeAKnownOne() {
		String ghost = "ghost-" + System.nanoTime();
		String address = newAddress();
		for (int i = 1; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			assertThat(tokenRequest(ghost, "whatever-password", address).statusCode()).isEqualTo(401);
		}
		assertThat(tokenRequest(ghost, "whatever-password", address).statusCode()).isEqualTo(429);
	}

	@Test
	void theTableKeepsNoUsernameOrAddressAndForgetsFailuresAfterADay() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String address = newAddress();
		String key = user.username() + "@" + address;
		seed(LoginThrottle.ACCOUNT_AT_ADDRESS, key, 50);
		jdbc.sql("update identity_login_throttle set blocked_until = null, last_failure = now() - interval '25 hours' "
				+ "where key_hash = :key")
			.param("key", throttle.hash(LoginThrottle.ACCOUNT_AT_ADDRESS, key))
			.update();

		assertThat(tokenRequest(user.username(), "wrong-password", address).statusCode()).isEqualTo(401);
		assertThat(failures(LoginThrottle.ACCOUNT_AT_ADDRESS, key)).as("the day-old count was dropped").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from identity_login_throttle where last_failure < now() - interval '1 day'")
			.query(Long.class)
			.single()).isZero();

		List<String> keys = jdbc.sql("select key_hash from identity_login_throttle").query(String.class).list();
		assertThat(keys).as("HMACs only").allMatch(k -> k.matches("[0-9a-f]{64}"));
		assertThat(keys).contains(throttle.hash(LoginThrottle.ACCOUNT, user.username()),
				throttle.hash(throttle.addressRule(), address));
	}

	@Test
	void theTableIsBoundedByDroppingTheRowsThatFailedLongestAgo() {
		int bound = 100_000;
		jdbc.sql("""
				insert into identity_login_throttle (key_hash, failures, last_failure)
				select md5('filler' || n) || md5('more' || n), 1, now() - interval '23 hours'
				from generate_series(1, :n) as n
				on conflict do nothing
				""").param("n", bound).update();
		try {
			String address = newAddress();
			String ghost = "ghost-" + System.nanoTime();
			assertThat(tokenRequest(ghost, "whatever-password", address).statusCode()).isEqualTo(401);

			assertThat(jdbc.sql("select count(*) from identity_login_throttle").query(Long.class).single())
				.isLessThanOrEqualTo(bound);
			assertThat(failures(LoginThrottle.ACCOUNT_AT_ADDRESS, ghost + "@" + address)).isEqualTo(1);
		}
		finally {
			jdbc.sql("delete from identity_login_throttle where last_failure < now() - interval '22 hours'").update();
		}
	}

	@Test
	void anIpv6ClientCountsByItsSlash64Network() {
		assertThat(LoginThrottle.network("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.network("2001:db8:1:2::bbbb"))
			.isEqualTo("20010db800010002/64");
		assertThat(LoginThrottle.network("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.network("2001:db8:1:2::1"));
		assertThat(LoginThrottle.network("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(LoginThrottle.network("192.0.2.7")).isEqualTo("192.0.2.7");

		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		String network = "2001:db8:" + Integer.toHexString(HOST.incrementAndGet()) + ":1:";
		for (int i = 0; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			tokenRequest(user.username(), "wrong-password", network + ":" + (i + 1));
		}
		assertThat(tokenRequest(user.username(), user.password(), network + ":99").statusCode())
			.as("another address of the same /64")
			.isEqualTo(429);
	}

	@Test
	void formAndTokenEndpointShareTheCount() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = new BrowserSession(this);
		for (int i = 1; i <= LoginThrottle.ACCOUNT_AT_ADDRESS.freeFailures(); i++) {
			browser.login(user.username(), "wrong-password-" + i);
		}
		// the browser's requests and this one come from the test's own address
		assertThat(sendJson("POST", "/api/v1/auth/tokens",
				Map.of("username", user.username(), "password", "wrong-password-5"), Map.of()).statusCode())
			.isEqualTo(429);

		HttpResponse<String> form = browser.login(user.username(), user.password());
		assertThat(form.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("로그인에 여러 번 실패하여")
			.contains("(한국 시간) 이후에 다시 시도하세요");
	}

	/** An address of the documentation range 198.51.100.0/24 and beyond, new to this run. */
	private static String newAddress() {
		int n = HOST.incrementAndGet();
		return "198.51." + (100 + n / 250) + "." + (n % 250 + 1);
	}

	private void seed(LoginThrottle.Rule rule, String key, int failures) {
		jdbc.sql("""
				insert into identity_login_throttle (key_hash, failures, last_failure) values (:key, :failures, now())
				on conflict (key_hash) do update set failures = :failures, last_failure = now(), blocked_until = null
				""").param("key", throttle.hash(rule, key)).param("failures", failures).update();
	}

	private void endBlock(LoginThrottle.Rule rule, String key) {
		jdbc.sql("update identity_login_throttle set blocked_until = now() - interval '1 second' where key_hash = :key")
			.param("key", throttle.hash(rule, key))
			.update();
	}

	private int failures(LoginThrottle.Rule rule, String key) {
		return jdbc.sql("select coalesce(max(failures), 0) from identity_login_throttle where key_hash = :key")
			.param("key", throttle.hash(rule, key))
			.query(Integer.class)
			.single();
	}

	private static long retryAfter(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
		return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
	}

	private HttpResponse<String> tokenRequest(String username, String password, String clientAddress) {
		return sendJson("POST", "/api/v1/auth/tokens", Map.of("username", username, "password", password),
				Map.of(TestClientAddress.HEADER, clientAddress));
	}
}
