package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FormLoginTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Test
	void theLoginPageIsAKoreanFormWithACsrfToken() {
		HttpResponse<String> page = get("/login");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1 class=\"heading-large\">로그인</h1>")
			.contains("name=\"_csrf\"")
			.contains("autocomplete=\"current-password\"");
	}

	@Test
	void signingInStartsASessionAndLandsOnMyWork() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = browser();
		browser.get("/login");
		String anonymousSession = browser.sessionId();

		HttpResponse<String> response = browser.post("/login",
				Map.of("username", user.username(), "password", user.password()));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/my");
		assertThat(browser.sessionId()).as("a new session id after login").isNotEqualTo(anonymousSession);
	}

	@Test
	void aPageAskedForBeforeSigningInWinsOverMyWork() {
		BrowserSession browser = browser();
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(302);

		HttpResponse<String> response = browser.login("admin", ApiTokens.DEMO_PASSWORD);

		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users?continue");
	}

	@Test
	void aWrongPasswordShowsTheReasonOnTheLoginPage() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = browser();

		HttpResponse<String> response = browser.login(user.username(), "wrong-password-1");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		String page = browser.get("/login?error").body();
		assertThat(page).contains("role=\"alert\"").contains("사용자 이름 또는 비밀번호가 맞지 않습니다.");
		assertThat(page).as("the user name typed is kept").contains("value=\"" + user.username() + "\"");
		assertThat(browser.get("/login").body()).as("only for the page right after the refusal")
			.doesNotContain("value=\"" + user.username() + "\"");
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = browser();
		browser.get("/login");

		HttpResponse<String> response = browser.postWithoutToken("/login",
				Map.of("username", user.username(), "password", user.password()));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void logoutNeedsCsrfAndEndsTheSession() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = browser();
		browser.login(user.username(), user.password());
		browser.get("/login");

		assertThat(browser.postWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(403);
		HttpResponse<String> logout = browser.post("/logout", Map.of());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(browser.get("/my").statusCode()).as("signed out").isEqualTo(302);
	}

	@Test
	void everySignedInPageHasALogoutFormAndGetLogoutAsksToConfirm() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		assertThat(get("/logout").body()).contains("로그인되어 있지 않습니다.").doesNotContain("name=\"_csrf\"");
		assertThat(get("/").body()).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");

		BrowserSession browser = browser();
		browser.login(user.username(), user.password());
		String home = browser.get("/").body();
		assertThat(home).contains("<form method=\"post\" action=\"/logout\" class=\"site-logout\">")
			.contains("href=\"/my\"")
			.contains("href=\"/account/password\"")
			.contains("평가위원");
		HttpResponse<String> confirm = browser.get("/logout");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("로그아웃하시겠습니까?").contains("class=\"logout-form\"");
		assertThat(browser.post("/logout", Map.of()).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?logout");
	}

	@Test
	void aSignedInBrowserNeedsTheCsrfTokenForTheApiToo() {
		TestUsers.Created user = TestUsers.create(administration, Role.EVALUATOR, null);
		BrowserSession browser = browser();
		browser.login(user.username(), user.password());
		browser.get("/login");

		HttpResponse<String> withoutToken = browser.send(HttpRequest
			.newBuilder(URI.create(url("/api/v1/auth/tokens/current")))
			.DELETE());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(json(withoutToken).get("detail").asString()).contains("CSRF");

		HttpResponse<String> withToken = browser.send(HttpRequest
			.newBuilder(URI.create(url("/api/v1/auth/tokens/current")))
			.header("X-CSRF-TOKEN", browser.csrfToken())
			.DELETE());
		assertThat(withToken.statusCode()).as("past CSRF: a session has no token to revoke").isEqualTo(400);
	}

	BrowserSession browser() {
		return new BrowserSession(this);
	}
}
