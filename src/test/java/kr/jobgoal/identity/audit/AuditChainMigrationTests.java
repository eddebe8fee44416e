package kr.jobgoal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kr.jobgoal.support.HttpTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The migration that introduced the hash chain chains the records written before it, in their order: a
 * database of its own is migrated up to V2_3, given audit records, then migrated to the end.
 */
class AuditChainMigrationTests extends HttpTest {

	@Autowired
	EmbeddedPostgres server;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsWrittenBeforeTheChainAreChainedInTheirOrder() {
		String database = "chain_migration_" + System.nanoTime() % 1_000_000_000;
		jdbc.sql("create database " + database).update();
		try {
			SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(),
					server.getJdbcUrl("postgres", database), "postgres", "");
			Flyway.configure().dataSource(dataSource).target("2.3").load().migrate();
			JdbcClient old = JdbcClient.create(dataSource);
			for (String action : new String[] { "create", "update", "disable" }) {
				old.sql("insert into identity_audit_log (actor, entity_type, entity_id, action, after_state)"
						+ " values ('admin', 'identity.user', 'gimje', :action, '{\"enabled\": true}')")
					.param("action", action)
					.update();
			}

			Flyway.configure().dataSource(dataSource).load().migrate();

			assertThat(old.sql("select seq from identity_audit_log order by id").query(Long.class).list())
				.containsExactly(1L, 2L, 3L);
			AuditChain.Verification result = new AuditChain(old).verify();
			assertThat(result.intact()).as("%s", result.broken()).isTrue();
			assertThat(result.records()).isEqualTo(3);
			old.sql("insert into identity_audit_log (actor, entity_type, entity_id, action) values ('admin', 't', '1', 'x')")
				.update();
			assertThat(new AuditChain(old).verify().records()).as("new records follow the migrated ones").isEqualTo(4);
		}
		finally {
			jdbc.sql("drop database " + database + " with (force)").update();
		}
	}
}
