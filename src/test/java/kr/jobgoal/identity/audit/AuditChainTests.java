package kr.jobgoal.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log is append-only in the database and hash-chained. Tampering is done as the database owner
 * with triggers switched off for the transaction ({@code session_replication_role = replica}), inside a
 * transaction that is rolled back, so that the chain stays intact for every other test.
 */
class AuditChainTests extends HttpTest {

	@Autowired
	AuditChain chain;

	@Autowired
	AuditChainCommand command;

	@Autowired
	JdbcAuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theChainIsIntactAndCoversEveryRecord() {
		transactions.executeWithoutResult(status -> audit.record("test.chain", "intact", "update", null, Map.of("a", 1)));

		AuditChain.Verification result = chain.verify();

		assertThat(result.intact()).as("%s", result.broken()).isTrue();
		assertThat(result.records()).isEqualTo(count("select count(*) from identity_audit_log"));
		assertThat(result.headHash()).isEqualTo(jdbc.sql("select record_hash from identity_audit_log order by seq desc limit 1")
			.query(String.class)
			.single());
	}

	@Test
	void theDatabaseRefusesToChangeDeleteOrEmptyTheAuditLog() {
		long id = recordInOwnTransaction("refused");
		for (String sql : List.of("update identity_audit_log set actor = 'someone' where id = " + id,
				"delete from identity_audit_log where id = " + id, "truncate identity_audit_log",
				"delete from identity_audit_chain_head", "truncate identity_audit_chain_head")) {
			assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(sql).update())).as(sql)
				.isInstanceOf(DataAccessException.class)
				.hasMessageContaining("append-only");
		}
		assertThat(jdbc.sql("select actor from identity_audit_log where id = :id").param("id", id)
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void aChangedRecordIsNamed() {
		tampered(ids -> jdbc.sql("update identity_audit_log set after_state = '{\"enabled\": false}' where id = :id")
			.param("id", ids.get(1))
			.update(), (ids, result) -> {
				assertThat(result.broken().fault()).isEqualTo(AuditChain.Fault.CONTENT_CHANGED);
				assertThat(result.broken().id()).isEqualTo(ids.get(1));
			});
	}

	@Test
	void aRecordChangedWithARecomputedHashIsFoundAtTheNextLink() {
		tampered(ids -> jdbc.sql("""
				update identity_audit_log set actor = 'intruder',
				       record_hash = identity_audit_hash(identity_audit_canonical(seq, id, occurred_at, 'intruder',
				           entity_type, entity_id, action, before_state, after_state, previous_hash))
				where id = :id
				""").param("id", ids.get(0)).update(), (ids, result) -> {
			assertThat(result.broken().fault()).isEqualTo(AuditChain.Fault.LINK_BROKEN);
			assertThat(result.broken().id()).isEqualTo(ids.get(1));
		});
	}

	@Test
	void aDeletedRecordIsNamedByTheOneAfterIt() {
		tampered(ids -> jdbc.sql("delete from identity_audit_log where id = :id").param("id", ids.get(1)).update(),
				(ids, result) -> {
					assertThat(result.broken().fault()).isEqualTo(AuditChain.Fault.RECORDS_MISSING);
					assertThat(result.broken().id()).isEqualTo(ids.get(2));
				});
	}

	@Test
	void deletedLastRecordsAreFoundAtTheEnd() {
		tampered(ids -> jdbc.sql("delete from identity_audit_log where id = :id").param("id", ids.get(2)).update(),
				(ids, result) -> {
					assertThat(result.broken().fault()).isEqualTo(AuditChain.Fault.END_MISSING);
					assertThat(result.broken().id()).isEqualTo(ids.get(1));
				});
	}

	@Test
	void aRecordAddedOutsideTheChainIsNamed() {
		tampered(ids -> {
			jdbc.sql("""
					insert into identity_audit_log (seq, occurred_at, actor, entity_type, entity_id, action,
					                                previous_hash, record_hash)
					select seq + 1, occurred_at, 'intruder', 'test.chain', 'forged', 'create', record_hash, ''
					from identity_audit_log where id = :id
					""").param("id", ids.get(2)).update();
			jdbc.sql("""
					update identity_audit_log set record_hash = identity_audit_hash(identity_audit_canonical(seq, id,
					    occurred_at, actor, entity_type, entity_id, action, before_state, after_state, previous_hash))
					where entity_id = 'forged'
					""").update();
		}, (ids, result) -> {
			assertThat(result.broken().fault()).isEqualTo(AuditChain.Fault.OUTSIDE_CHAIN);
			assertThat(result.broken().entityId()).isEqualTo("forged");
		});
	}

	@Test
	void theCommandExitsNonZeroNamingTheFirstBrokenRecord() {
		ByteArrayOutputStream intact = new ByteArrayOutputStream();
		assertThat(command.verify(new PrintStream(intact, true, StandardCharsets.UTF_8))).isZero();
		assertThat(intact.toString(StandardCharsets.UTF_8)).contains("audit chain intact");

		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		int[] code = new int[1];
		List<Long> tamperedIds = new ArrayList<>();
		tampered(ids -> {
			tamperedIds.addAll(ids);
			jdbc.sql("update identity_audit_log set entity_id = 'changed' where id = :id").param("id", ids.get(0))
				.update();
		}, (ids, result) -> code[0] = command.verify(new PrintStream(broken, true, StandardCharsets.UTF_8)));

		assertThat(code[0]).isEqualTo(1);
		assertThat(broken.toString(StandardCharsets.UTF_8))
			.contains("audit chain BROKEN at record id " + tamperedIds.get(0) + " ")
			.contains("기록이 고쳐졌습니다")
			.contains("the record was changed");
	}

	@Test
	void concurrentWritersDoNotForkTheChain() throws Exception {
		int writers = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String writer = "writer-" + w;
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < 5; i++) {
						transactions.executeWithoutResult(status -> audit.record("test.concurrent", writer, "update",
								null, null));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(chain.verify().intact()).isTrue();
		assertThat(count("select count(distinct previous_hash) from identity_audit_log where seq > 1"))
			.as("no two records chained to the same predecessor")
			.isEqualTo(count("select count(*) from identity_audit_log where seq > 1"));
	}

	/** The documented canonical form (docs/audit-log.md), computed here independently of the database. */
	@Test
	void aRecordsHashIsTheSha256OfItsDocumentedCanonicalForm() throws Exception {
		long id = recordInOwnTransaction("canonical \"é\" 한글");
		Map<String, Object> row = jdbc.sql("""
				select seq, id, occurred_at, actor, entity_type, entity_id, action, before_state::text as b,
				       after_state::text as a, previous_hash, record_hash from identity_audit_log where id = :id
				""").param("id", id).query().singleRow();
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
		StringBuilder canonical = new StringBuilder("jobgoal-audit-v1");
		for (Object field : new Object[] { row.get("seq"), row.get("id"),
				utc.format(((Timestamp) row.get("occurred_at")).toInstant()), row.get("actor"), row.get("entity_type"),
				row.get("entity_id"), row.get("action"), row.get("b"), row.get("a"), row.get("previous_hash") }) {
			String value = field == null ? null : field.toString();
			canonical.append('|')
				.append(value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value);
		}
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat(row.get("record_hash")).isEqualTo(hash);
	}

	@Test
	void theAdministratorPageShowsTheChainAndTheFirstBrokenRecord() {
		BrowserSession admin = new BrowserSession(this);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		String intact = admin.get(IdentityPaths.ADMIN_AUDIT_CHAIN).body();
		assertThat(intact).contains("이상 없음").doesNotContain("id=\"broken-record\"");
		assertThat(admin.get("/admin/audit").body()).contains("href=\"/admin/audit/chain\"");

		// committed, so that the page's own connection sees it; put back as it was at once
		long id = recordInOwnTransaction("page");
		owner("update identity_audit_log set action = 'forged' where id = " + id);
		try {
			String broken = admin.get(IdentityPaths.ADMIN_AUDIT_CHAIN).body();
			assertThat(broken).contains("해시 체인이 깨졌습니다")
				.contains("<th scope=\"row\" id=\"broken-record\">" + id + "</th>")
				.contains("기록이 고쳐졌습니다");
			assertThat(admin.get(IdentityPaths.ADMIN_AUDIT_CHAIN + "?lang=en").body()).contains("The hash chain is broken");
		}
		finally {
			owner("update identity_audit_log set action = 'update' where id = " + id);
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	/** Three fresh records, tampered with and verified in one transaction that is then rolled back. */
	private void tampered(Consumer<List<Long>> tamper, BiConsumer<List<Long>, AuditChain.Verification> check) {
		transactions.executeWithoutResult(status -> {
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				audit.record("test.chain", "tampered-" + i, "update", null, Map.of("i", i));
				ids.add(jdbc.sql("select max(id) from identity_audit_log").query(Long.class).single());
			}
			jdbc.sql("set local session_replication_role = replica").update();
			tamper.accept(ids);
			jdbc.sql("set local session_replication_role = origin").update();
			AuditChain.Verification result = chain.verify();
			assertThat(result.intact()).as("tampering is found").isFalse();
			check.accept(ids, result);
			status.setRollbackOnly();
		});
		assertThat(chain.verify().intact()).as("intact again after the rollback").isTrue();
	}

	private void owner(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local session_replication_role = replica").update();
			jdbc.sql(sql).update();
		});
	}

	private long recordInOwnTransaction(String entityId) {
		return transactions.execute(status -> {
			audit.record("test.chain", entityId, "update", null, Map.of("name", entityId));
			return jdbc.sql("select max(id) from identity_audit_log").query(Long.class).single();
		});
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
