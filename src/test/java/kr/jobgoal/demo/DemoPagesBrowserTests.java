package kr.jobgoal.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The demo banner and the administrator's demo page in a real browser: they render and pass axe-core. The
 * removal is not confirmed here (the shared test database keeps its demo data; DemoDataRemovalTests removes it
 * on databases of its own).
 */
class DemoPagesBrowserTests extends BrowserTest {

	@Test
	void theBannerIsOnEveryPageAndTheRemovalAsksForConfirmation() {
		open("/");
		assertThat(page.locator("#demo-banner")).containsText("생성된 예시 자료(데모)");
		assertNoAccessibilityViolations(page);

		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/demo");
		assertThat(page.locator("h1")).hasText("데모 자료 관리");
		assertThat(page.locator("#demo-banner")).isVisible();
		assertNoAccessibilityViolations(page);

		page.locator("#demo-remove").click();
		assertThat(page.locator("#confirm-error")).containsText("아무것도 지우지 않았습니다");
		assertThat(page.locator("#confirm")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#demo-banner")).isVisible();
		assertNoAccessibilityViolations(page);
	}
}
