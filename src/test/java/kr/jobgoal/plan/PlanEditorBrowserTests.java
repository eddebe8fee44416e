package kr.jobgoal.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * As 김제시's officer in a real browser: draft a plan with the keyboard, save, preview and disclose it; amend it
 * with a reason; then, as anyone, see both versions and their difference. Every page is checked with axe-core.
 */
class PlanEditorBrowserTests extends BrowserTest {

	private static final String PLAN = "/governments/45210/plans/2050";

	@Test
	void anOfficerDraftsDisclosesAndAmendsAPlanAndThePublicSeesBothVersions() {
		signIn("gimje");
		open(PLAN + "/draft");
		assertNoAccessibilityViolations(page);
		button("작성 시작").click();
		assertThat(page.locator("h1")).hasText("김제시 2050년 연차별 세부계획 초안");
		assertNoAccessibilityViolations(page);

		page.locator("#jobTargetTotal").fill("3000");
		fillMandatoryTargets();

		// everything by keyboard: the focus lands where the next thing is typed
		pressEnterOn(button("전략 추가"));
		assertFocus("strategies-0-title");
		page.keyboard().type("고용위기 선제 대응");
		pressEnterOn(button("전략 1에 사업 추가"));
		assertFocus("strategies-0-programs-0-name");
		page.keyboard().type("고용안정 선제대응 패키지");
		fillProgram(0, "EMPLOYMENT_SERVICES", "438", "1200000000");
		pressEnterOn(button("전략 1에 사업 추가"));
		assertFocus("strategies-0-programs-1-name");
		page.keyboard().type("취업박람회·구인구직 만남의 날");
		fillProgram(1, "EMPLOYMENT_SERVICES", "150", "20000000");
		pressEnterOn(button("사업 1-2를 위로"));
		assertFocus("strategies-0-programs-0-down");
		assertThat(page.locator("#strategies-0-programs-0-name")).hasValue("취업박람회·구인구직 만남의 날");
		assertThat(page.locator("#editor-status")).containsText("사업의 순서를 바꿨습니다");
		assertNoAccessibilityViolations(page);

		// a wrong value: nothing saved, the problem next to its field and in the summary
		page.locator("#strategies-0-programs-1-budget-provincial").fill("-1");
		button("저장").click();
		assertThat(page.locator("#error-summary")).containsText("전략 1 › 사업 2 › 시도비: 0 이상이어야 합니다.");
		assertThat(page.locator("#strategies-0-programs-1-budget-provincial-error")).hasText("0 이상이어야 합니다.");
		assertThat(page.locator("#strategies-0-programs-1-budget-provincial")).hasAttribute("aria-invalid", "true");
		assertNoAccessibilityViolations(page);
		page.locator("#strategies-0-programs-1-budget-provincial").fill("100000000");
		button("저장").click();
		assertThat(page.locator(".message-box")).containsText("저장했습니다");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("미리보기와 공시")).click();
		assertThat(page.locator(".plan-preview")).containsText("미리보기");
		assertThat(page.locator("#job-target-total")).hasText("3,000");
		assertNoAccessibilityViolations(page);
		button("공시 버전 1로 공시").click();
		assertThat(page).hasURL(Pattern.compile("/governments/52210/plans/2050/versions/1$"));
		assertThat(page.locator(".krds-badge-wrap")).containsText("공시 버전 1");

		// the amendment starts from version 1 and needs a reason
		open(PLAN + "/draft");
		button("수정 계획 작성").click();
		// saved programs are one line each, with their figures, until opened
		Locator second = page.locator("#strategies-0-programs-1-row");
		assertThat(second.locator("summary")).containsText("일자리 목표 438개 · 예산 1,350,000,000원");
		assertThat(page.locator("#strategies-0-programs-1-jobTarget")).isHidden();
		second.locator("summary").click();
		page.locator("#strategies-0-programs-1-jobTarget").fill("500");
		button("저장").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("미리보기와 공시")).click();
		page.locator("#reason").fill("");
		page.locator("#reason").evaluate("e => e.removeAttribute('required')");
		button("공시 버전 2로 공시").click();
		assertThat(page.locator("#disclose-problems")).containsText("두 번째 공시부터는 변경 사유를 입력해야 합니다.");
		assertNoAccessibilityViolations(page);
		page.locator("#reason").fill("추가경정예산 반영");
		button("공시 버전 2로 공시").click();
		assertThat(page).hasURL(Pattern.compile("/governments/52210/plans/2050/versions/2$"));

		// the public: both versions and what changed
		context.clearCookies();
		open(PLAN + "/versions");
		assertThat(page.locator("tbody tr")).hasCount(2);
		assertThat(page.locator("tbody")).containsText("추가경정예산 반영");
		assertNoAccessibilityViolations(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("버전 1과 2 비교")).click();
		assertThat(page.locator("table.plan-diff")).containsText("고용안정 선제대응 패키지");
		assertThat(page.locator("table.plan-diff")).containsText("일자리 목표");
		assertThat(page.locator("table.plan-diff")).containsText("500");
		assertNoAccessibilityViolations(page);
		open(PLAN + "/versions/1");
		assertThat(page.locator(".message-box")).containsText("최신 공시가 아닙니다");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void thePublicPagesAndTheBoardAreAccessible() {
		for (String path : new String[] { "/governments/45210/plans/2020", "/plans/2021?province=45000",
				"/governments/45000/plans?year=2021", "/governments/45210/plans" }) {
			open(path);
			assertNoAccessibilityViolations(page);
		}
		assertThat(page.locator("main")).containsText("2020년 연차별 세부계획");
	}

	@Test
	void theProvincialReviewerReadsTheDraftAndComments() {
		signIn("iksan");
		open("/governments/45140/plans/2051/draft");
		button("작성 시작").click();
		context.clearCookies();
		signIn("jeonbuk");
		open("/governments/45140/plans/2051/draft");
		assertThat(page.locator(".plan-preview")).containsText("미리보기");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("저장"))).hasCount(0);
		page.getByLabel("의견 남기기").fill("취업자 수 목표의 근거를 적어 주세요.");
		button("의견 등록").click();
		assertThat(page.locator(".plan-comments")).containsText("취업자 수 목표의 근거를 적어 주세요.");
		assertNoAccessibilityViolations(page);
	}

	@Test
	void theSecondOfTwoEditorsSeesTheOtherChangeAndKeepsTheirInput() {
		String plan = "/governments/45210/plans/2052";
		signIn("gimje");
		open(plan + "/draft");
		button("작성 시작").click();
		page.locator("#jobTargetTotal").fill("1000");
		fillMandatoryTargets();
		button("저장").click();
		assertThat(page.locator(".message-box")).containsText("저장했습니다");

		Page other = context.newPage();
		other.navigate(url(plan + "/draft"));
		other.locator("#jobTargetTotal").fill("1200");
		other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("저장").setExact(true)).click();
		assertThat(other.locator(".message-box")).containsText("저장했습니다");

		page.bringToFront();
		page.locator("#jobTargetTotal").fill("1500");
		button("저장").click();
		assertThat(page.locator("#conflict")).containsText("다른 사람이 먼저 저장했습니다");
		assertThat(page.locator("#conflict table")).containsText("일자리 창출 목표");
		assertThat(page.locator("#conflict table")).containsText("1,200");
		assertThat(page.locator("#jobTargetTotal")).hasValue("1500");
		// two pages of one browser: only one has the window's focus, so ask the document what it would focus
		page.waitForFunction("() => document.activeElement && document.activeElement.id === 'conflict'");
		assertNoAccessibilityViolations(page);

		// saving again is a deliberate choice, made after seeing the other change
		button("저장").click();
		assertThat(page.locator(".message-box")).containsText("저장했습니다");
		assertThat(page.locator("#jobTargetTotal")).hasValue("1500");
	}

	@Test
	void anUploadWithErrorsAppliesNothingAndListsEveryCell() {
		String plan = "/governments/45210/plans/2053";
		signIn("gimje");
		open(plan + "/draft");
		page.locator("#upload-file").setInputFiles(new FilePayload("plan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not a workbook".getBytes()));
		button("올리기").click();
		assertThat(page.locator("#upload-problems")).containsText("엑셀 통합문서(.xlsx) 파일이 아닙니다");
		assertThat(page.locator("#upload-problems")).containsText("아무것도 반영되지 않았습니다");
		assertNoAccessibilityViolations(page);
		assertThat(button("작성 시작")).isVisible();

		page.locator("#upload-file").setInputFiles(new FilePayload("big.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[1_500_000]));
		button("올리기").click();
		assertThat(page.locator("#upload-problems")).containsText("파일이 너무 큽니다. 1MB 이하");
	}

	private void fillMandatoryTargets() {
		page.locator("#targets-0-baselineValue").fill("70.2");
		page.locator("#targets-0-targetValue").fill("71.0");
		page.locator("#targets-1-baselineValue").fill("45.3");
		page.locator("#targets-1-targetValue").fill("46.0");
	}

	private void fillProgram(int index, String type, String jobTarget, String national) {
		String p = "#strategies-0-programs-" + index + "-";
		page.locator(p + "type").selectOption(type);
		page.locator(p + "department").fill("일자리경제과");
		page.locator(p + "jobTarget").fill(jobTarget);
		page.locator(p + "budget-national").fill(national);
		page.locator(p + "budget-provincial").fill("100000000");
		page.locator(p + "budget-local").fill("50000000");
		page.locator(p + "budget-other").fill("0");
	}

	private void signIn(String user) {
		open("/login");
		page.getByLabel("사용자 이름").fill(user);
		page.getByLabel("비밀번호").fill(ApiTokens.DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("로그인")).click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private void pressEnterOn(Locator button) {
		button.focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
	}

	private void assertFocus(String id) {
		assertThat(page.locator("#" + id)).isFocused();
	}
}
