package kr.jobgoal.evaluation.award;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.CategorySetup;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scoring, what-if and confirmation in a real browser, each page clean under axe-core. The year is this
 * test's own (2030, one qualitative criterion, scored by eval2 for everyone beforehand; 군산시 has the code 52130 by then), so the demo years stay
 * as they are.
 */
class AwardBrowserTests extends BrowserTest {

	private static final int YEAR = 2030;

	private static final CurrentUser ADMIN = new CurrentUser(60_001, "admin", "관리자", Role.MINISTRY_ADMIN, null);

	@Autowired
	AwardYearService service;

	@Autowired
	EvaluatorAssignments assignments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private void setUpYear() {
		transactions.executeWithoutResult(status -> {
			service.create(ADMIN, YEAR, List.of(new CategorySetup("disclosure", "지역일자리 목표 공시제 부문", "Disclosure",
					PeerGroupRule.BY_TYPE,
					List.of(new CriterionRow(0, "will", "추진 의지", "Commitment", ScoringMethod.QUALITATIVE_MEAN, null,
							new BigDecimal("40"), null)),
					List.of(new TierRow(0, "excellent", "장관상 우수", "Excellent", 1, new BigDecimal("70000000"))))));
			service.snapshot(ADMIN, YEAR);
			assignments.assign(ADMIN, YEAR, "eval1", List.of("52130"));
			jdbc.sql("""
					insert into evaluation_assignment (year, government_id, government_code, evaluator, assigned_by, assigned_at)
					select year, government_id, government_code, 'eval2', 'test', now() from evaluation_peer_member where year = 2030""")
				.update();
			// eval2's scores: 10.1, 10.2, … in code order, so that no two totals are equal
			jdbc.sql("""
					insert into evaluation_score (year, criterion_id, government_id, evaluator, score, status, updated_at)
					select m.year, c.id, m.government_id, 'eval2', 10 + 0.1 * row_number() over (order by m.government_code), 'SUBMITTED', now()
					from evaluation_peer_member m join evaluation_criterion c on c.year = m.year where m.year = 2030""")
				.update();
		});
	}

	@Test
	void anEvaluatorScoresTheAdministratorTriesOtherQuotasAndConfirms() {
		setUpYear();
		signIn("eval1", ApiTokens.DEMO_PASSWORD);
		open("/evaluations/" + YEAR + "/scoring");
		page.locator("a[href$='/scoring/52130']").click();
		assertThat(page.locator("h1")).containsText("2030년 평가 채점");
		page.locator("#s-disclosure-will").fill("41");
		page.locator("#scores-save").click();
		assertThat(page.locator("#s-disclosure-will-error")).containsText("0~40");
		assertThat(page.locator("#s-disclosure-will")).hasValue("41");
		assertNoAccessibilityViolations(page);
		page.locator("#s-disclosure-will").fill("39.5");
		page.locator("#s-disclosure-will-comment").fill("목표가 구체적입니다");
		page.locator("#scores-submit").click();
		assertThat(page.locator("#scores-saved")).containsText("제출했습니다");
		assertNoAccessibilityViolations(page);

		context.clearCookies();
		signIn("admin", ApiTokens.DEMO_PASSWORD);
		open("/admin/awards/" + YEAR + "/what-if");
		page.locator("#wi-quota-excellent").fill("3");
		page.locator("#what-if-run").click();
		assertThat(page.locator("#what-if-result")).containsText("가정 순위");
		assertThat(page.locator("#what-if-result .krds-badge").first()).isVisible();
		assertNoAccessibilityViolations(page);

		open("/admin/awards/" + YEAR);
		page.locator("#award-confirm").click();
		assertThat(page.locator("#confirm-error")).containsText("확인란");
		page.locator("label[for=confirm]").click();
		page.locator("#award-confirm").click();
		assertThat(page.locator("#award-done")).isVisible();
		assertThat(page.locator("main")).containsText("확정됨");
		assertNoAccessibilityViolations(page);

		open("/awards/" + YEAR);
		assertThat(page.locator("h1")).hasText("2030년 전국 지방자치단체 일자리대상");
		assertThat(page.locator("main")).containsText("포상은 모두 4건");
		assertNoAccessibilityViolations(page);
		open("/governments/52130/evaluations/" + YEAR);
		assertThat(page.locator("main")).containsText("추진 의지");
		assertNoAccessibilityViolations(page);
	}
}
