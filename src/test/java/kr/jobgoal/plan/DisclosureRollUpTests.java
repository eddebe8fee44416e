package kr.jobgoal.plan;

import static kr.jobgoal.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A disclosure updates the result module's roll-up of the government's year in the disclosing transaction
 * (the result module listens to {@link PlanDisclosed} synchronously), and a rolled-back disclosure leaves
 * none behind. The roll-up is read from its table: the result module's own API shows it only on its pages.
 */
class DisclosureRollUpTests extends HttpTest {

	@Autowired
	PlanService service;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	TransactionTemplate transactions;

	private List<Map<String, Object>> rollUp(long governmentId, int year) {
		return jdbc.sql("select plan_version, job_target, jobs_created, programs from result_annual_rollup"
				+ " where government_id = :g and year = :y")
			.param("g", governmentId)
			.param("y", year)
			.query()
			.listOfRows();
	}

	@Test
	void aDisclosureRollsUpInItsTransactionAndARollbackTakesItAway() {
		long gimjeId = PlanTestData.governmentId(directory, "45210");
		CurrentUser officer = PlanTestData.officer(gimjeId, "rollup-disclosure-test");
		int year = UnusedPlanYears.of(jdbcTemplate, "45210");
		PlanKey key = PlanKey.annual(gimjeId, year);
		transactions.executeWithoutResult(status -> {
			assertThat(rollUp(gimjeId, year)).isEmpty();
			as(officer, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
			as(officer, () -> service.disclose(key, null, null));
			Map<String, Object> first = rollUp(gimjeId, year).get(0);
			assertThat(first.get("plan_version")).isEqualTo(1);
			assertThat((BigDecimal) first.get("job_target")).isEqualByComparingTo("3000");
			assertThat(first.get("jobs_created")).isNull();
			assertThat(first.get("programs")).isEqualTo(2);

			StoredVersion amendment = as(officer, () -> service.startDraft(key));
			PlanContent content = amendment.content();
			PlanContent raised = new PlanContent(content.targets(), new BigDecimal("3500"), content.strategies());
			as(officer, () -> service.saveDraft(key, PlanInput.of(raised), null));
			as(officer, () -> service.disclose(key, null, "목표 상향"));
			Map<String, Object> second = rollUp(gimjeId, year).get(0);
			assertThat(second.get("plan_version")).isEqualTo(2);
			assertThat((BigDecimal) second.get("job_target")).isEqualByComparingTo("3500");
			status.setRollbackOnly();
		});
		assertThat(rollUp(gimjeId, year)).isEmpty();
	}
}
