package kr.jobgoal.plan;

import static kr.jobgoal.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A disclosed version refuses, in the database, every insert, update and delete of anything under it; the
 * only exception is deleting demo plans in a transaction that set {@code jobgoal.demo_removal}. Everything
 * happens in a transaction that is rolled back (each attempt in a savepoint of its own), so no test data
 * is left behind.
 */
class DisclosedPlanHistoryTests extends HttpTest {

	@Autowired
	PlanService service;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void nothingCanBeAddedToChangedInOrRemovedFromADisclosedVersion() {
		inRolledBackTransaction(outer -> {
			long gimjeId = PlanTestData.governmentId(directory, "45210");
			CurrentUser officer = PlanTestData.officer(gimjeId, "history-test");
			PlanKey key = PlanKey.annual(gimjeId, 2048);
			as(officer, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
			StoredVersion v1 = as(officer, () -> service.disclose(key, null, null));
			StoredVersion amendment = as(officer, () -> service.startDraft(key));
			long v = v1.id();
			long plan = v1.planId();
			long strategy = v1.content().strategies().get(0).id();

			refusedWith("공시된 계획에는 더할 수 없습니다",
					"insert into plan_target (version_id, indicator, position, baseline_value, target_value)"
							+ " values (" + v + ", 'UNEMPLOYMENT_RATE', 9, 1, 1)",
					"insert into plan_strategy (version_id, strategy_id, position, title)"
							+ " values (" + v + ", nextval('plan_strategy_id_seq'), 9, '추가 전략')",
					"insert into plan_program (version_id, program_id, strategy_id, position, name, type, department,"
							+ " job_target, budget_national, budget_provincial, budget_local, budget_other) values ("
							+ v + ", nextval('plan_program_id_seq'), " + strategy
							+ ", 9, '추가 사업', 'DIRECT_JOBS', '일자리과', 10, 0, 0, 0, 0)",
					"insert into plan_draft_revision (version_id, lock_version, content, saved_by)"
							+ " values (" + v + ", 999, '{}', 'history-test')",
					"insert into plan_comment (plan_id, version_id, author, author_name, body)"
							+ " values (" + plan + ", " + v + ", 'history-test', '시험', '나중에 단 의견')",
					"update plan_target set version_id = " + v + " where version_id = " + amendment.id());
			refusedWith("초안을 공시해서만",
					"insert into plan_version (plan_id, version, status, job_target_total, created_by, updated_by,"
							+ " disclosed_at) values (" + plan + ", 9, 'DISCLOSED', 1, 'x', 'x', now())");
			refusedWith("공시된 계획은 바꿀 수 없습니다",
					"update plan_version set reason = '고침' where id = " + v,
					"update plan_strategy set title = '고침' where version_id = " + v,
					"delete from plan_program where version_id = " + v,
					"delete from plan_target where version_id = " + v,
					"delete from plan_version where id = " + v,
					"update plan_plan set period = 2047 where id = " + plan,
					"delete from plan_plan where id = " + plan);
			refusedWith("비울 수 없습니다", "truncate plan_program cascade", "truncate plan_version cascade");

			// the demo-removal setting does not open a real plan
			refusedWith("공시된 계획은 바꿀 수 없습니다", "set local jobgoal.demo_removal = 'on'; delete from plan_version where id = " + v);
			assertThat(service.version(gimjeId, PlanPeriod.annual(2048), 1).orElseThrow().content())
				.isEqualTo(v1.content());
		});
	}

	@Test
	void demoPlansGoOnlyInATransactionThatSetTheDemoRemovalSetting() {
		inRolledBackTransaction(outer -> {
			long plan = jdbc.sql("""
					select p.id from plan_plan p join region_government_code c on c.government_id = p.government_id
					where p.demo and p.kind = 'ANNUAL' and p.period = 2020 and c.code = '45210'
					""").query(Long.class).single();
			String removal = "delete from plan_comment where plan_id = " + plan + "; delete from plan_version where plan_id = "
					+ plan + "; delete from plan_plan where id = " + plan;

			refusedWith("공시된 계획은 바꿀 수 없습니다", removal);

			inSavepoint(status -> {
				jdbc.sql("set local jobgoal.demo_removal = 'on'").update();
				jdbc.sql(removal).update();
				assertThat(jdbc.sql("select count(*) from plan_version where plan_id = :p").param("p", plan)
					.query(Long.class)
					.single()).isZero();
				refusedWith("초안을 공시해서만", "insert into plan_version (plan_id, version, status, job_target_total,"
						+ " created_by, updated_by, disclosed_at) values ((select min(id) from plan_plan where demo), 9,"
						+ " 'DISCLOSED', 1, 'x', 'x', now())");
				status.setRollbackOnly();
			});
			assertThat(jdbc.sql("select count(*) from plan_program pr join plan_version v on v.id = pr.version_id"
					+ " where v.plan_id = :p").param("p", plan).query(Long.class).single()).isPositive();
		});
	}

	private void refusedWith(String message, String... statements) {
		for (String sql : statements) {
			assertThatThrownBy(() -> inSavepoint(status -> jdbc.sql(sql).update())).as(sql)
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining(message);
		}
	}

	private void inSavepoint(Consumer<TransactionStatus> work) {
		TransactionTemplate nested = new TransactionTemplate(transactionManager);
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		nested.executeWithoutResult(work);
	}

	private void inRolledBackTransaction(Consumer<TransactionStatus> work) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			work.accept(status);
			status.setRollbackOnly();
		});
	}
}
