package kr.jobgoal.result;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The dashboard, its drill-down and a government's results pages in a browser, checked for WCAG 2.1 AA. */
class ResultPagesBrowserTests extends BrowserTest {

	@Test
	void theDashboardShowsTheMapAndDrillsDownToAProvince() {
		open("/dashboard?year=2020");
		assertThat(page.locator("h1")).hasText("2020년 일자리 추진실적 현황");
		assertThat(drawn("#main .result-map")).isVisible();
		assertThat(page.locator("#main")).containsText("출처: 통계청 통계지리정보서비스(SGIS) 2018 센서스용 행정구역경계");
		assertThat(page.locator("#nation-map-summary")).containsText("전국에서 2020년 실적을 낸");
		// the top and bottom five tables under one heading: each shows its title, not only to screen readers
		Locator bestCaption = page.locator(".result-ranks caption").first();
		assertThat(bestCaption).containsText("상위");
		assertThat(bestCaption.boundingBox().width).isGreaterThan(100);
		assertNoAccessibilityViolations(page);

		// the first table sums each province's cities and counties and leads to the province; the second is its own plan
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("전라북도").setExact(true)).first().click();
		assertThat(page).hasURL(Pattern.compile("/dashboard/provinces/45000\\?year=2020$"));
		assertThat(page.locator("h1")).hasText("전라북도 2020년 일자리 추진실적");
		assertThat(drawn("#main .result-map")).isVisible();
		assertThat(page.locator("#main table")).containsText("김제시");
		assertNoAccessibilityViolations(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("김제시").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile("/governments/45210/results/2020$"));
		assertThat(page.locator("h1")).hasText("김제시 2020년 일자리 추진실적");
		// nothing may still be loading when the test's browser context closes
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	@Test
	void aChartsTooltipShowsWithinTheContentSecurityPolicy() {
		open("/governments/45210/results/2020");
		Locator chart = drawn("#programs-title + .result-chart-block");
		assertThat(chart).isVisible();
		int texts = chart.locator("text").count();
		chart.hover();
		// the tooltip is drawn into the chart (an HTML one would need style attributes, refused by the policy)
		page.waitForCondition(() -> chart.locator("text").count() > texts);
		page.waitForTimeout(300);
	}

	@Test
	void aGovernmentsResultsReadInBothLanguages() {
		open("/governments/45210/results/2020");
		assertThat(page.locator("h1")).hasText("김제시 2020년 일자리 추진실적");
		assertThat(page.locator(".result-facts")).containsText("213%");
		assertThat(drawn("#programs-title + .result-chart-block")).isVisible();
		assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("고용안정 선제대응 패키지"))))
			.containsText("145%");
		assertThat(drawn(".result-trend >> nth=0")).isVisible();
		assertNoAccessibilityViolations(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("Gimje-si: job results 2020");
		assertThat(page.locator(".result-facts")).containsText("Achieved");
		assertNoAccessibilityViolations(page);

		open("/governments/45210/results/2020/peers?lang=ko");
		assertThat(page.locator("th[aria-sort=descending]")).hasCount(1);
		page.locator("#main table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("지자체")).click();
		assertThat(page.locator("th[aria-sort=ascending]")).containsText("지자체");
		assertNoAccessibilityViolations(page);

		open("/governments/45140/results/2021/history");
		assertThat(page.locator("#main table")).containsText("정정 사유");
		assertNoAccessibilityViolations(page);

		open("/dashboard/overdue?year=2021");
		assertNoAccessibilityViolations(page);
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	@Test
	void anOfficerEntersResultsOnAnAccessibleForm() {
		open("/login");
		page.getByLabel("사용자 이름").fill("gimje");
		page.getByLabel("비밀번호").fill(ApiTokens.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();
		// let the page after the sign-in finish before going on, so that no two requests share the new session at once
		page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
		page.waitForLoadState();
		open("/governments/45210/results/2021/entry");
		assertThat(page.locator("h1")).hasText("김제시 2021년 실적 입력");
		assertNoAccessibilityViolations(page);

		page.getByLabel("세부사업").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		// periods are chosen from their labels; a tampered value still gets its answer beside the field
		page.getByLabel("기간", new Page.GetByLabelOptions().setExact(true))
			.evaluate("select => { select.options[1].value = '2021Q5'; select.selectedIndex = 1; }");
		page.getByLabel("일자리 창출(취업) 실적").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("저장")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("2021Q5");
		assertThat(page.getByLabel("기간", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
		assertNoAccessibilityViolations(page);

		page.getByLabel("기간", new Page.GetByLabelOptions().setExact(true)).selectOption("2021-12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("저장")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("저장했습니다");
		assertNoAccessibilityViolations(page);
		page.waitForLoadState(LoadState.NETWORKIDLE);
	}

	/** A chart's drawing: charts are drawn (and ECharts loaded) only once they come near the viewport, as a reader scrolls. */
	private Locator drawn(String chart) {
		Locator element = page.locator(chart);
		element.scrollIntoViewIfNeeded();
		return element.locator("svg");
	}
}
