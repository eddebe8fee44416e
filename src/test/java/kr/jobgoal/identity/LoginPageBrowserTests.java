package kr.jobgoal.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** What the login page says after a refusal, a logout or an expired session is seen, and read first. */
class LoginPageBrowserTests extends BrowserTest {

	@Test
	void aRefusedLoginIsShownInTheFlowOfThePageAndFocused() {
		open("/login");
		page.locator("#username").fill("gimje");
		page.locator("#password").fill("not-the-password");
		page.locator("form.login-form button[type=submit]").click();

		Locator error = page.locator("#login-error");
		assertThat(error).hasAttribute("role", "alert");
		assertThat(error).containsText("사용자 이름 또는 비밀번호가 맞지 않습니다.");
		assertThat(error).isInViewport();
		assertThat(error).isFocused();
		assertThat(error).hasCSS("background-color", "rgb(253, 239, 236)");
		assertThat(page.locator("#password")).hasAttribute("aria-describedby", "login-error");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void anExpiredSessionIsSaidFirstAndALogoutIsConfirmed() {
		open("/login?expired");
		Locator expired = page.locator("#login-expired");
		assertThat(expired).containsText("오래 사용하지 않아 로그아웃되었습니다.");
		assertThat(expired).isInViewport();
		assertThat(expired).isFocused();
		assertThat(expired).hasCSS("background-color", "rgb(231, 244, 254)");
		assertNoAccessibilityViolations(page);

		open("/login?logout");
		assertThat(page.locator("#login-status")).hasAttribute("role", "status");
		assertThat(page.locator("#login-status")).isInViewport();
		assertThat(page.locator("#username")).isFocused();
		assertNoAccessibilityViolations(page);
	}
}
