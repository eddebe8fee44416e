package kr.jobgoal.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The administrator's deadlines page in a real browser: it renders, refuses a bad date beside its field, passes axe-core. */
class DeadlinePagesBrowserTests extends BrowserTest {

	@Test
	void theDeadlinesPageShowsEveryYearAndAnswersABadDateBesideItsField() {
		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/deadlines");
		assertThat(page.locator("h1")).hasText("기한 관리");
		assertThat(page.locator("#deadlines tbody tr").first()).containsText("2030");
		assertNoAccessibilityViolations(page);

		page.locator("a[href='/admin/deadlines?year=2020']").click();
		assertThat(page.locator("#planDue")).hasValue("2020-03-31");
		page.locator("#year").fill("20x0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("기한 저장")).click();
		assertThat(page.locator("#year-error")).containsText("네 자리 숫자");
		assertThat(page.locator("#year")).hasValue("20x0");
		assertNoAccessibilityViolations(page);
	}
}
