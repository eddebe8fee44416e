package kr.jobgoal.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** A visitor's way through the public pages, checked for WCAG 2.1 AA on every page. */
class PublicPagesBrowserTests extends BrowserTest {

	@Test
	void aVisitorFindsGimjeAndReadsItsPageInBothLanguages() {
		open("/");
		assertThat(page.locator("html")).hasAttribute("lang", "ko");
		assertThat(page.locator("#overview-chart svg")).isVisible();
		assertNoAccessibilityViolations(page);

		mainMenu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("지자체")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("지방자치단체 찾기"))).isVisible();
		assertNoAccessibilityViolations(page);

		page.getByLabel("검색어").pressSequentially("김제");
		assertThat(page.locator("#directory-count")).containsText("1곳을 찾았습니다");
		assertThat(page.locator("#directory-results tbody tr")).hasCount(1);
		assertThat(page).hasURL(Pattern.compile("/governments\\?q=%EA%B9%80%EC%A0%9C$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("김제시").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile("/governments/52210$"));
		assertThat(page.locator("h1")).hasText("김제시");
		assertThat(page.locator(".fact-list")).containsText("전북특별자치도");
		assertNoAccessibilityViolations(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Gimje-si");
		assertThat(page.locator(".fact-list")).containsText("Jeonbuk Special Self-Governing Province");
		assertNoAccessibilityViolations(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("한국어")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "ko");
		assertThat(page.locator("h1")).hasText("김제시");
	}

	@Test
	void thePolicyRefusesInlineStyleAndScriptAndTheTestsNoticeIt() {
		open("/");
		page.evaluate("() => { document.body.setAttribute('style', 'background-color: rgb(255, 0, 0)');"
				+ " const script = document.createElement('script'); script.textContent = 'window.inlineRan = true';"
				+ " document.head.appendChild(script); }");
		assertThat(page.locator("body")).not().hasCSS("background-color", "rgb(255, 0, 0)");
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.inlineRan === undefined")).isEqualTo(true);
		// each refusal is reported, and the test would fail on it
		List<String> refused = new ArrayList<>();
		page.waitForCondition(() -> {
			refused.addAll(takeProblems());
			return refused.stream().anyMatch(problem -> problem.contains("by style-src-attr"))
					&& refused.stream().anyMatch(problem -> problem.contains("by script-src-elem"));
		});
	}

	@Test
	void theApiDocumentationIsAPageOfTheSiteWithSwaggerUiInIt() {
		open("/api-docs");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("개방 API 문서").setLevel(1))).isVisible();
		// the first request for the document builds it, which takes a while on a busy machine
		assertThat(page.locator("#swagger-ui .opblock").first())
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(page.locator("#swagger-ui .opblock-summary-path", new Page.LocatorOptions().setHasText("/api/v1/awards/{year}")))
			.not().hasCount(0);
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertNoAccessibilityViolations(page);
		// the way back is the site's own breadcrumb and menu
		page.locator(".krds-breadcrumb-wrap").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("홈")).click();
		assertThat(page).hasURL(Pattern.compile("/$"));
	}

	@Test
	void theDirectoryFollowsTheFiltersAsTheyAreChosen() {
		open("/governments");
		page.getByLabel("기준일").fill("2021-07-06");
		// the provinces of that date replace today's
		assertThat(page.locator("#province option", new Page.LocatorOptions().setHasText("전라북도"))).hasCount(1);
		page.getByLabel("시·도").selectOption("45000");
		assertThat(page.locator("#directory-count")).containsText("243곳 중 15곳");
		page.getByLabel("유형").selectOption("county");
		assertThat(page.locator("#directory-count")).containsText("243곳 중 8곳");
		assertThat(page).hasURL(Pattern.compile("/governments\\?province=45000&type=county&asOf=2021-07-06$"));
		assertThat(page.locator("#province")).hasValue("45000");

		// the language switch keeps the filters
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("#directory-count")).containsText("8 of 243");
		assertThat(page.locator("#type")).hasValue("county");
	}

	@Test
	void theDirectoryFormWorksWithoutJavaScript() {
		BrowserContext noScript = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		Page plain = noScript.newPage();
		plain.navigate(url("/governments"));
		plain.getByLabel("검색어").fill("Gimje");
		plain.getByLabel("기준일").fill("2021-07-06");
		plain.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("검색")).click();
		assertThat(plain).hasURL(Pattern.compile("q=Gimje"));
		assertThat(plain.locator("#directory-results tbody tr")).hasCount(1);
		assertThat(plain.locator("#directory-results tbody")).containsText("45210");
		noScript.close();
	}

	@Test
	void aNoticeLooksLikeInformationNotLikeAnError() {
		open("/governments/29000?asOf=2026-11-27");
		Locator note = page.locator("#abolished-note");
		assertThat(note).containsText("2026-06-30에 폐지되었습니다.");
		assertThat(note).hasCSS("background-color", "rgb(231, 244, 254)");
		assertThat(note).hasCSS("border-left-color", "rgb(11, 120, 203)");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void errorPagesAreAccessibleToo() {
		open("/governments/99999");
		assertThat(page.locator("h1")).hasText("페이지를 찾을 수 없습니다");
		assertThat(page.locator(".error-detail")).containsText("99999");
		assertNoAccessibilityViolations(page);

		open("/governments?asOf=2021-13-01");
		assertThat(page.locator("h1")).hasText("요청한 값이 올바르지 않습니다");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void aPhoneShowsTheSamePagesWithoutViolations() {
		BrowserContext phone = newContext(new Browser.NewContextOptions().setLocale("ko-KR")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true));
		Page small = phone.newPage();
		for (String path : new String[] { "/", "/governments", "/governments/52000" }) {
			small.navigate(url(path));
			assertThat(small.locator("nav.krds-main-menu")).isVisible();
			assertNoAccessibilityViolations(small);
		}

		// a table wider than the phone says it scrolls sideways, and its wrapper can be scrolled from the keyboard
		small.navigate(url("/governments/45210/results/2020"));
		Locator hint = small.locator("#main .table-scroll-hint").first();
		assertThat(hint).isVisible();
		assertThat(hint).hasText("표가 화면보다 넓습니다. 옆으로 밀어 나머지 열을 보세요.");
		assertThat(small.locator("#main .table-scroll-hint + .krds-table-wrap").first()).hasAttribute("tabindex", "0");
		assertNoAccessibilityViolations(small);
		phone.close();

		// on a desktop the same tables fit, and nothing is said
		open("/governments/45210/results/2020");
		assertThat(page.locator("#main .table-scroll-hint:visible")).hasCount(0);
	}

	private Locator mainMenu() {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("주 메뉴"));
	}
}
