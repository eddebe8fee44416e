package kr.jobgoal.result;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The header's search to its results and on to the program search, axe-clean with best practices on a desk and a phone. */
class ProgramSearchBrowserTests extends BrowserTest {

	@Test
	void theHeaderSearchFindsGimjeByItsOldCodeAndLeadsToThePrograms() {
		page.setViewportSize(1366, 900);
		open("/");
		Locator search = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("통합검색"));
		search.locator("#site-search-q").fill("45210");
		search.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("검색")).click();
		assertThat(page).hasURL(Pattern.compile("/search\\?q=45210$"));
		assertThat(page.locator("h1")).hasText("통합검색");
		assertThat(page.locator("#main")).containsText("김제시");
		assertThat(page.locator("#main")).containsText("45210");
		assertThat(page.locator("#site-search-q")).hasValue("45210");
		assertNoAccessibilityViolations(page);

		search = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("통합검색"));
		search.locator("#site-search-q").fill("고용안정 선제대응");
		search.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("검색")).click();
		assertThat(page.locator("#search-programs")).isVisible();
		assertThat(page.locator(".search-section table tbody tr").first()).containsText("고용안정 선제대응");
		assertNoAccessibilityViolations(page);

		page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("사업 검색에서")).click();
		assertThat(page).hasURL(Pattern.compile("/programs\\?q="));
		assertThat(page.locator("h1")).hasText("사업 검색");
		assertThat(page.locator("#programs-q")).hasValue("고용안정 선제대응");
		page.locator("#programs-year").selectOption("2020");
		page.locator("#main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("검색")).click();
		assertThat(page).hasURL(Pattern.compile("year=2020"));
		assertThat(page.locator("#main table tbody tr").first()).containsText("2020년");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void onAPhoneTheResultsArePassableToo() {
		BrowserContext phone = newContext(new Browser.NewContextOptions().setLocale("ko-KR")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
		Page small = phone.newPage();
		small.navigate(url("/"));
		small.locator("#site-search-q").fill("김제");
		small.locator("#site-search-q").press("Enter");
		assertThat(small).hasURL(Pattern.compile("/search\\?q="));
		assertThat(small.locator("#main")).containsText("김제시");
		assertNoAccessibilityViolations(small);
		small.navigate(url("/programs?year=2020&province=45000"));
		assertThat(small.locator("#main table tbody tr").first()).isVisible();
		assertNoAccessibilityViolations(small);
		phone.close();
	}
}
