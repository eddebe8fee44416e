package kr.jobgoal.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Signing in, one's work and signing out in a real browser, and the pages of the site's shell this touches,
 * checked by axe-core with its best practices at a desktop's width (1366 px) and a phone's (390 px).
 */
class MyWorkBrowserTests extends BrowserTest {

	private static final List<Integer> WIDTHS = List.of(1366, 390);

	@Test
	void anOfficerSignsInLandsOnTheirWorkAndSignsOutFromTheHeader() {
		for (int width : WIDTHS) {
			BrowserContext sized = newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(width, 900));
			try {
				Page tab = sized.newPage();
				tab.navigate(url("/login"));
				assertNoAccessibilityViolations(tab);
				tab.locator("#username").fill("gimje");
				tab.locator("#password").fill("wrong-password-" + width);
				tab.locator("form.login-form button[type=submit]").click();
				assertThat(tab.locator("#login-error")).isVisible();
				assertThat(tab.locator("#username")).hasValue("gimje");
				assertNoAccessibilityViolations(tab);

				tab.locator("#password").fill(ApiTokens.DEMO_PASSWORD);
				tab.locator("form.login-form button[type=submit]").click();
				assertThat(tab).hasURL(Pattern.compile(".*/my$"));
				assertThat(tab.locator("h1")).hasText("내 업무");
				assertThat(tab.locator(".site-account-who")).containsText("지자체 담당자 · 김제시");
				assertThat(tab.locator("#plan-2020")).containsText("공시됨");
				assertNoAccessibilityViolations(tab);

				// the masthead's explanation opens and closes
				tab.locator("[data-masthead-toggle]").click();
				assertThat(tab.locator("#masthead-how")).isVisible();
				assertThat(tab.locator("[data-masthead-toggle]")).hasAttribute("aria-expanded", "true");
				assertNoAccessibilityViolations(tab);
				tab.locator("[data-masthead-toggle]").click();
				assertThat(tab.locator("#masthead-how")).isHidden();

				tab.navigate(url("/logout"));
				assertNoAccessibilityViolations(tab);
				tab.locator("#krds-header form.site-logout button[type=submit]").click();
				assertThat(tab).hasURL(Pattern.compile(".*/login\\?logout$"));
				assertThat(tab.locator("#login-status")).isVisible();
				assertThat(tab.locator("#krds-header a[href='/login']")).isVisible();
				// nothing may still be loading when the context closes (a request routed during close fails the test)
				tab.waitForLoadState(LoadState.NETWORKIDLE);
			}
			finally {
				sized.close();
			}
		}
	}

	@Test
	void theAdministratorsMenuAuditLogAndThePolicyPagesPassAxeWithBestPractices() {
		for (int width : WIDTHS) {
			BrowserContext sized = newContext(new Browser.NewContextOptions().setLocale("ko-KR").setViewportSize(width, 900));
			try {
				Page tab = sized.newPage();
				for (String path : List.of("/privacy", "/copyright")) {
					tab.navigate(url(path));
					assertThat(tab.locator("h1")).isVisible();
					assertNoAccessibilityViolations(tab);
				}
				tab.navigate(url("/login"));
				tab.locator("#username").fill("admin");
				tab.locator("#password").fill(ApiTokens.DEMO_PASSWORD);
				tab.locator("form.login-form button[type=submit]").click();
				assertThat(tab).hasURL(Pattern.compile(".*/my$"));
				assertThat(tab.locator("#admin-menu")).isVisible();
				tab.navigate(url("/admin"));
				assertNoAccessibilityViolations(tab);

				tab.locator("#admin-audit").click();
				assertThat(tab.locator("h1")).hasText("감사 기록");
				tab.locator("details.audit-changes summary").first().click();
				assertThat(tab.locator("details.audit-changes[open] li").first()).isVisible();
				assertNoAccessibilityViolations(tab);
				// nothing wider than the page: no sideways scrolling
				org.assertj.core.api.Assertions.assertThat((Boolean) tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
					.as("the audit log at %d px fits the window", width)
					.isTrue();

				tab.locator("#from").fill("2026-03-02");
				tab.locator("#to").fill("2026-03-01");
				tab.locator("form.audit-filter button[type=submit]").click();
				assertThat(tab.locator("#to-error")).containsText("종료일이 시작일보다 앞섭니다.");
				assertNoAccessibilityViolations(tab);
				tab.waitForLoadState(LoadState.NETWORKIDLE);
			}
			finally {
				sized.close();
			}
		}
	}
}
