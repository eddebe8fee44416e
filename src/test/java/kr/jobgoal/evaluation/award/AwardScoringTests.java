package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.evaluation.award.AwardYearService.ScoreEntry;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scoring and confirming the demo's open 2022 year through the module's one guard. Every test runs in a
 * transaction that is rolled back, so the open year stays as the demo made it.
 */
class AwardScoringTests extends HttpTest {

	@Autowired
	AwardYearService service;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	AwardResults awardResults;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private static final int YEAR = AwardsDemoData.OPEN_YEAR;

	private CurrentUser evaluator(String username, String affiliation) {
		Long id = affiliation == null ? null : directory.find(affiliation, java.time.LocalDate.of(2021, 12, 31)).orElseThrow().id();
		return new CurrentUser(70_000, username, username, Role.EVALUATOR, id);
	}

	private static final CurrentUser ADMIN = new CurrentUser(60_000, "admin", "관리자", Role.MINISTRY_ADMIN, null);

	private static List<ScoreEntry> scores(String plan) {
		return List.of(new ScoreEntry("disclosure.plan", new BigDecimal(plan), "계획이 구체적임"),
				new ScoreEntry("disclosure.effort", new BigDecimal("20"), null),
				new ScoreEntry("disclosure.governance", new BigDecimal("20"), null),
				new ScoreEntry("program.quality", new BigDecimal("30"), null),
				new ScoreEntry("program.impact", new BigDecimal("30"), null));
	}

	private void rolledBack(Runnable work) {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			work.run();
		});
	}

	@Test
	void anAssignedEvaluatorSavesThenSubmitsAndIsThenLockedOutUntilReopened() {
		rolledBack(() -> {
			CurrentUser eval1 = evaluator("eval1", null);
			assertThat(service.assignedTo(eval1, YEAR)).contains("45210").doesNotContain("11110");
			service.score(eval1, YEAR, "45210", scores("15.5"), false);
			assertThat(service.ownScores(eval1, YEAR, "45210").get("disclosure.plan").score()).isEqualByComparingTo("15.5");
			service.score(eval1, YEAR, "45210", scores("16"), true);
			assertThatThrownBy(() -> service.score(eval1, YEAR, "45210", scores("17"), false))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(service.reopen(ADMIN, YEAR, "45210", "eval1")).isEqualTo(5);
			service.score(eval1, YEAR, "45210", scores("17"), false);
		});
	}

	@Test
	void nobodyScoresTheirOwnGovernmentItsProvinceOrWhatIsNotAssigned() {
		rolledBack(() -> {
			jdbc.sql("""
					insert into evaluation_assignment (year, government_id, government_code, evaluator, assigned_by, assigned_at)
					select 2022, government_id, government_code, e, 'test', now()
					from evaluation_assignment, unnest(array['own', 'province', 'basic']) e
					where year = 2022 and government_code in ('45210', '45000') and evaluator = 'eval2'""").update();
			assertThatThrownBy(() -> service.score(evaluator("own", "45210"), YEAR, "45210", scores("10"), false))
				.isInstanceOf(AccessDeniedException.class).hasMessageContaining("소속");
			assertThatThrownBy(() -> service.score(evaluator("province", "45000"), YEAR, "45210", scores("10"), false))
				.isInstanceOf(AccessDeniedException.class).hasMessageContaining("소속");
			assertThatThrownBy(() -> service.score(evaluator("basic", "45140"), YEAR, "45000", scores("10"), false))
				.isInstanceOf(AccessDeniedException.class).hasMessageContaining("소속");
			assertThatThrownBy(() -> service.score(evaluator("eval1", null), YEAR, "11110", scores("10"), false))
				.isInstanceOf(AccessDeniedException.class).hasMessageContaining("배정");
			assertThatThrownBy(() -> service.score(ADMIN, YEAR, "45210", scores("10"), false))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	@Test
	void aScoreOutOfRangeIsRefusedNamingItsField() {
		rolledBack(() -> {
			assertThatThrownBy(() -> service.score(evaluator("eval1", null), YEAR, "45210", scores("20.01"), false))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(InvalidInputException.FieldProblem::field)
							.containsExactly("disclosure.plan"));
			assertThatThrownBy(() -> service.score(evaluator("eval1", null), YEAR, "45210",
					List.of(new ScoreEntry("disclosure.plan", new BigDecimal("10"), null)), true))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(InvalidInputException.FieldProblem::field)
							.contains("disclosure.effort", "program.impact"));
		});
	}

	@Autowired
	kr.jobgoal.result.Results results;

	@Test
	void aLaterCorrectionOfTheSourceDoesNotChangeTheSnapshotAndConfirmationFreezesTheYear() {
		rolledBack(() -> {
			String inputSql = """
					select actual from evaluation_input where year = 2022 and government_code = '45210' and indicator = 'JOBS_CREATED'""";
			BigDecimal frozen = jdbc.sql(inputSql).query(BigDecimal.class).single();
			long gimje = directory.find("45210", java.time.LocalDate.of(2021, 12, 31)).orElseThrow().id();
			BigDecimal before = results.annual(gimje, 2021).orElseThrow().jobsCreatedTotal();
			assertThat(before).isEqualByComparingTo(frozen);
			// a correction recorded after the snapshot: 1,000 more jobs in one of 김제시's 2021 facts
			jdbc.sql("""
					insert into result_fact (government_id, year, program_id, period, jobs_created, supersedes, reason, recorded_by)
					select government_id, year, program_id, period, jobs_created + 1000, id, '시험 정정', 'test'
					from result_fact f where government_id = :g and year = 2021
					  and not exists (select 1 from result_fact c where c.supersedes = f.id)
					order by id limit 1""").param("g", gimje).update();
			assertThat(results.annual(gimje, 2021).orElseThrow().jobsCreatedTotal()).isEqualByComparingTo(before.add(new BigDecimal("1000")));
			assertThat(jdbc.sql(inputSql).query(BigDecimal.class).single()).isEqualByComparingTo(frozen);

			// a submitted comment is explained to the government after confirmation, without its evaluator
			service.score(evaluator("eval1", null), YEAR, "45210", scores("16"), true);
			int awards = service.confirm(ADMIN, YEAR);
			List<AwardResults.CriterionExplained> explained = awardResults.explain(YEAR, "45210").categories().stream()
				.filter(c -> c.category().equals("disclosure")).flatMap(c -> c.criteria().stream()).toList();
			assertThat(explained).filteredOn(c -> c.code().equals("plan")).singleElement()
				.satisfies(c -> assertThat(c.comments()).containsExactly("계획이 구체적임"));
			assertThat(explained).allSatisfy(c -> assertThat(c.comments()).noneMatch(text -> text.contains("eval1")));
			assertThat(awards).isEqualTo(jdbc.sql("select count(*) from evaluation_award where year = 2022").query(Integer.class).single());
			assertThat(service.require(YEAR).confirmed()).isTrue();
			assertThat(jdbc.sql(inputSql).query(BigDecimal.class).single()).isEqualByComparingTo(frozen);
			assertThatThrownBy(() -> service.snapshot(ADMIN, YEAR)).isInstanceOf(InvalidInputException.class);
		});
	}
}
