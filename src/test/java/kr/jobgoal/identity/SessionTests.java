package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SessionTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLoginIsASessionRowInPostgresqlThatExpiresAfter30IdleMinutes() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = new BrowserSession(this);
		browser.login(user.username(), user.password());

		Map<String, Object> row = jdbc.sql("select session_id, max_inactive_interval from spring_session "
				+ "where principal_name = :u")
			.param("u", user.username())
			.query()
			.singleRow();
		assertThat(row.get("max_inactive_interval")).isEqualTo(1800);
		assertThat(browser.sessionId()).isNotNull();
	}

	@Test
	void signedInPagesCarryTheExpiryWarningAndAnonymousOnesDoNot() {
		assertThat(get("/login").body()).doesNotContain("session-timeout");

		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = new BrowserSession(this);
		browser.login(user.username(), user.password());
		String page = browser.get("/login").body();

		assertThat(page).contains("id=\"session-timeout\"")
			.contains("role=\"alertdialog\"")
			.contains("data-timeout-seconds=\"1800\"")
			.contains("data-warning-seconds=\"120\"")
			.contains("data-extend-url=\"/session/extend\"")
			.contains("로그인 시간 연장 안내")
			.contains(">연장</button>")
			.contains(">로그아웃</button>")
			.containsPattern("/js/session-timeout(-[0-9a-f]{32})?\\.js");
		assertThat(get("/js/session-timeout.js").statusCode()).isEqualTo(200);
	}

	@Test
	void extendingNeedsASignedInSessionAndTheCsrfToken() {
		assertThat(post("/session/extend").statusCode()).isEqualTo(403);

		BrowserSession anonymous = new BrowserSession(this);
		anonymous.get("/login");
		HttpResponse<String> notSignedIn = anonymous.postWithCsrfHeader("/session/extend");
		assertThat(notSignedIn.statusCode()).isEqualTo(302);
		assertThat(notSignedIn.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = new BrowserSession(this);
		browser.login(user.username(), user.password());
		browser.get("/login");
		assertThat(browser.postWithoutToken("/session/extend", Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> extended = browser.postWithCsrfHeader("/session/extend");
		assertThat(extended.statusCode()).isEqualTo(204);
		assertThat(extended.headers().firstValue("X-Session-Timeout").orElseThrow()).isEqualTo("1800");
	}

	private HttpResponse<String> post(String path) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.noBody()).build());
	}
}
