package kr.jobgoal.identity.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the audit log's hash chain (V2_4, docs/audit-log.md): the records in chain order have the
 * positions 1, 2, 3, … without a gap, each carries the hash of the one before it, each one's hash is that
 * of its content, and the chain head names the last record. The first record where one of these fails is
 * the first broken record. The database computes hashes with the same function on writing and on checking.
 */
@Component
public class AuditChain {

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is wrong at the first broken record. */
	public enum Fault {
		/** Its content is not what its hash was computed from: it was changed. */
		CONTENT_CHANGED,
		/** It does not carry the hash of the record before it: that record was changed, or this link was. */
		LINK_BROKEN,
		/** Records before it are missing: its position is not the next one. */
		RECORDS_MISSING,
		/** It lies beyond the end the chain head names: it was added without being chained. */
		OUTSIDE_CHAIN,
		/** The chain head names another end: records after the last one are missing, or it was replaced. */
		END_MISSING
	}

	/**
	 * The first broken record; for {@link Fault#END_MISSING} the last record there is (its fields null when
	 * none is left) and, as expectedSeq, the position of the end the chain head names.
	 */
	public record BrokenRecord(Fault fault, Long id, Long seq, Instant occurredAt, String actor, String entityType,
			String entityId, String action, long expectedSeq) {

		/** The message (Korean and English bundles) that explains the fault; its argument is the expected position. */
		public String messageKey() {
			return "identity.admin.chain.fault." + fault.name();
		}
	}

	/**
	 * @param records how many records were checked
	 * @param headHash the hash of the last record, to be written down elsewhere: a later verification that
	 *     ends in the same hash proves nothing before it was changed
	 * @param broken null when the chain is intact
	 */
	public record Verification(long records, String headHash, BrokenRecord broken) {

		public boolean intact() {
			return broken == null;
		}
	}

	private record Row(long seq, long id, Instant occurredAt, String actor, String entityType, String entityId,
			String action, String previousHash, String recordHash, String computedHash) {

		BrokenRecord broken(Fault fault, long expectedSeq) {
			return new BrokenRecord(fault, id, seq, occurredAt, actor, entityType, entityId, action, expectedSeq);
		}
	}

	/** One consistent snapshot: records appended meanwhile are neither seen nor missed. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Verification verify() {
		record Head(long lastSeq, String lastHash) {
		}
		Head head = jdbc.sql("select last_seq, last_hash from identity_audit_chain_head").query(Head.class).single();
		long expectedSeq = 1;
		String previousHash = null;
		Row last = null;
		while (true) {
			List<Row> rows = batchAfter(expectedSeq - 1);
			for (Row row : rows) {
				Fault fault = row.seq() != expectedSeq ? Fault.RECORDS_MISSING
						: !Objects.equals(row.previousHash(), previousHash) ? Fault.LINK_BROKEN
						: !row.recordHash().equals(row.computedHash()) ? Fault.CONTENT_CHANGED
						: row.seq() > head.lastSeq() ? Fault.OUTSIDE_CHAIN : null;
				if (fault != null) {
					return new Verification(expectedSeq - 1, previousHash, row.broken(fault, expectedSeq));
				}
				previousHash = row.recordHash();
				last = row;
				expectedSeq++;
			}
			if (rows.size() < BATCH) {
				break;
			}
		}
		long records = expectedSeq - 1;
		if (head.lastSeq() != records || !Objects.equals(head.lastHash(), previousHash)) {
			BrokenRecord end = last == null
					? new BrokenRecord(Fault.END_MISSING, null, null, null, null, null, null, null, head.lastSeq())
					: last.broken(Fault.END_MISSING, head.lastSeq());
			return new Verification(records, previousHash, end);
		}
		return new Verification(records, previousHash, null);
	}

	private List<Row> batchAfter(long seq) {
		return jdbc.sql("""
				select seq, id, occurred_at, actor, entity_type, entity_id, action, previous_hash, record_hash,
				       identity_audit_hash(identity_audit_canonical(seq, id, occurred_at, actor, entity_type,
				           entity_id, action, before_state, after_state, previous_hash)) as computed_hash
				from identity_audit_log where seq > :after order by seq limit :limit
				""")
			.param("after", seq)
			.param("limit", BATCH)
			.query((rs, n) -> new Row(rs.getLong("seq"), rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("action"), rs.getString("previous_hash"), rs.getString("record_hash"),
					rs.getString("computed_hash")))
			.list();
	}
}
