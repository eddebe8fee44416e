package kr.jobgoal.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The administrator's identity pages in a real browser: they render, work and pass axe-core. */
class AdminPagesBrowserTests extends BrowserTest {

	@Test
	void theAuditChainVerificationIsReachableFromTheAuditLogAndAccessible() {
		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/audit");
		page.locator("a[href='/admin/audit/chain']").click();
		assertThat(page.locator("h1")).hasText("감사 기록 검증");
		assertThat(page.locator("#chain-result")).containsText("이상 없음");
		assertNoAccessibilityViolations(page);
	}
}
