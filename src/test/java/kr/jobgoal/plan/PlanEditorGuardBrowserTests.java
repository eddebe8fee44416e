package kr.jobgoal.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * As 김제시's officer amending a disclosed plan: an amendment identical to the last version is not disclosed and
 * the preview says why; typed changes are not lost to a link (the browser asks first) nor to "미리보기와 공시",
 * which saves them before it shows the preview; a program's sub-category is chosen among those of its type.
 */
class PlanEditorGuardBrowserTests extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theEditorKeepsUnsavedChangesAndRefusesAnIdenticalVersion() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		String api = "/api/v1/governments/45210/plans/" + year;
		Map<String, String> gimje = new HashMap<>(ApiTokens.bearer(this, "gimje"));
		gimje.put("If-None-Match", "*");
		sendJson("PUT", api + "/draft", JSON.valueToTree(PlanInput.of(PlanTestData.sample())), gimje);
		sendJson("POST", api + "/disclosures", Map.of(), ApiTokens.bearer(this, "gimje"));
		String plan = "/governments/45210/plans/" + year;

		signIn("gimje", ApiTokens.DEMO_PASSWORD);
		open(plan + "/draft");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("수정 계획 작성")).click();

		// nothing changed: the preview opens as it is, and disclosing the same plan again is refused
		preview().click();
		assertThat(page).hasURL(Pattern.compile("/draft/preview$"));
		page.locator("#reason").fill("재공시");
		page.locator("form.plan-disclose button[type=submit]").click();
		assertThat(page.locator("#disclose-problems")).containsText("마지막으로 공시한 버전 1의 내용과 같습니다");
		assertNoAccessibilityViolations(page);

		// a typed change: leaving by a link asks first, and staying keeps it
		open(plan + "/draft");
		page.locator("#jobTargetTotal").click();
		page.locator("#jobTargetTotal").fill("3100");
		List<String> dialogs = new ArrayList<>();
		page.onceDialog(dialog -> {
			dialogs.add(dialog.type());
			dialog.dismiss();
		});
		page.locator("a[href='/']").first().click();
		assertThat(dialogs).containsExactly("beforeunload");
		assertThat(page).hasURL(Pattern.compile("/draft$"));
		assertThat(page.locator("#jobTargetTotal")).hasValue("3100");

		// "미리보기와 공시" saves it first, so the preview and the new version hold it
		preview().click();
		assertThat(page).hasURL(Pattern.compile("/draft/preview$"));
		assertThat(page.locator("#job-target-total")).hasText("3,100");
		page.locator("#reason").fill("추경 반영");
		page.locator("form.plan-disclose button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/versions/2$"));
	}

	@Test
	void theSubCategoriesOfferedAreThoseOfTheProgramsType() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		Map<String, String> gimje = new HashMap<>(ApiTokens.bearer(this, "gimje"));
		gimje.put("If-None-Match", "*");
		sendJson("PUT", "/api/v1/governments/45210/plans/" + year + "/draft",
				JSON.valueToTree(PlanInput.of(PlanTestData.sample())), gimje);

		signIn("gimje", ApiTokens.DEMO_PASSWORD);
		open("/governments/45210/plans/" + year + "/draft");
		// 김제시's demo sub-categories: 청년 일자리 is under 고용장려금, 청년 창업 under 창업지원
		// a saved program is one line until opened
		page.locator("#strategies-1-programs-0-row summary").click();
		Locator type = page.locator("select[name='strategies[1].programs[0].type']");
		Locator subCategory = page.locator("select[name='strategies[1].programs[0].subCategory']");
		assertThat(type).hasValue("EMPLOYMENT_SUBSIDIES");
		assertThat(subCategory.locator("option[value='청년 일자리']")).isEnabled();
		assertThat(subCategory.locator("option[value='청년 창업']")).isDisabled();
		subCategory.selectOption("청년 일자리");

		// another type: its own sub-categories are offered, and the one chosen for the old type is cleared
		type.selectOption("STARTUP_SUPPORT");
		assertThat(subCategory).hasValue("");
		assertThat(subCategory.locator("option[value='청년 일자리']")).isDisabled();
		assertThat(subCategory.locator("option[value='청년 창업']")).isEnabled();
		subCategory.selectOption("청년 창업");
		assertNoAccessibilityViolations(page);

		page.locator("#save").click();
		assertThat(page).hasURL(Pattern.compile("/draft$"));
		assertThat(subCategory).hasValue("청년 창업");
		assertThat(subCategory.locator("option[value='청년 일자리']")).isDisabled();
	}

	private Locator preview() {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("미리보기와 공시"));
	}
}
