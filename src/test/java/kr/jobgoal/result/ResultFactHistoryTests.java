package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


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
 * Result facts and their evidence are append-only in the database; only demo facts may be deleted, and only
 * in a transaction that set {@code jobgoal.demo_removal}. All in a rolled-back transaction.
 */
class ResultFactHistoryTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void realFactsAndTheirEvidenceCanNeitherBeChangedNorRemoved() {
		inRolledBackTransaction(() -> {
			long fact = insertFact(false);
			long evidence = insertEvidence(fact);
			refused("update result_fact set jobs_created = 1 where id = " + fact,
					"delete from result_fact where id = " + fact,
					"update result_evidence set file_name = 'x.pdf' where id = " + evidence,
					"delete from result_evidence where id = " + evidence,
					"set local jobgoal.demo_removal = 'on'; delete from result_evidence where id = " + evidence,
					"set local jobgoal.demo_removal = 'on'; delete from result_fact where id = " + fact,
					"truncate result_evidence", "truncate result_fact cascade");
		});
	}

	@Test
	void demoFactsGoOnlyInATransactionThatSetTheDemoRemovalSetting() {
		inRolledBackTransaction(() -> {
			long fact = insertFact(true);
			long evidence = insertEvidence(fact);
			String removal = "delete from result_evidence where id = " + evidence + "; delete from result_fact where id = "
					+ fact;
			refused(removal, "set local jobgoal.demo_removal = 'on'; update result_fact set note = 'x' where id = " + fact);

			jdbc.sql("set local jobgoal.demo_removal = 'on'").update();
			jdbc.sql(removal).update();
			assertThat(jdbc.sql("select count(*) from result_fact where id = :id").param("id", fact)
				.query(Long.class)
				.single()).isZero();
		});
	}

	private long insertFact(boolean demo) {
		return jdbc.sql("""
				insert into result_fact (government_id, year, program_id, period, jobs_created, recorded_by, demo)
				values ((select min(id) from region_government), 2049, 1, '2049', 10, 'history-test', :demo)
				returning id
				""").param("demo", demo).query(Long.class).single();
	}

	private long insertEvidence(long fact) {
		return jdbc.sql("""
				insert into result_evidence (fact_id, file_name, media_type, size_bytes, sha256, content, recorded_by)
				values (:fact, 'evidence.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446', 'history-test')
				returning id
				""").param("fact", fact).query(Long.class).single();
	}

	private void refused(String... statements) {
		TransactionTemplate nested = new TransactionTemplate(transactionManager);
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		for (String sql : statements) {
			assertThatThrownBy(() -> nested.executeWithoutResult(status -> jdbc.sql(sql).update())).as(sql)
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("append-only");
		}
	}

	private void inRolledBackTransaction(Runnable work) {
		new TransactionTemplate(transactionManager).executeWithoutResult((TransactionStatus status) -> {
			work.run();
			status.setRollbackOnly();
		});
	}
}
