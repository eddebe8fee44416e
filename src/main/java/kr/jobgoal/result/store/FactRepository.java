package kr.jobgoal.result.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.result.EvidencePolicy;
import kr.jobgoal.result.NewFact;
import kr.jobgoal.result.ResultFact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The result_fact and result_evidence tables; rows are only ever inserted. */
@Repository
public class FactRepository {

	private static final String COLUMNS = """
			id, government_id, year, program_id, period, jobs_created, budget_executed, note, recorded_at,
			recorded_by, supersedes, reason, demo""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public FactRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Serialises writers of one government's year until the transaction ends, so the checks against the
	 * current facts (one current fact per program and period, a fact corrected at most once) hold.
	 */
	public void lock(long governmentId, int year) {
		jdbc.sql("select pg_advisory_xact_lock(:key, :year)")
			.param("key", (int) (governmentId ^ 0x52455355L)) // 'RESU': this module's lock space
			.param("year", year)
			.query((rs, n) -> 1)
			.list();
	}

	/** Every fact of the government's year, superseded ones included, in the order recorded. */
	public List<ResultFact> findAll(long governmentId, int year) {
		return jdbc.sql("select " + COLUMNS + " from result_fact where government_id = :g and year = :y order by id")
			.param("g", governmentId)
			.param("y", year)
			.query(FactRepository::fact)
			.list();
	}

	/** Every fact of the year for the given governments (all when null), in the order recorded. */
	public List<ResultFact> findAll(int year, Collection<Long> governmentIds) {
		if (governmentIds != null && governmentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from result_fact where year = :y"
				+ (governmentIds == null ? "" : " and government_id in (:g)") + " order by id")
			.param("y", year)
			.params(governmentIds == null ? Map.of() : Map.of("g", governmentIds))
			.query(FactRepository::fact)
			.list();
	}

	/**
	 * Every fact of the given governments in the given years, in the order recorded: one statement for a page
	 * of programs from many plans (a caller keeps the pairs it needs).
	 */
	public List<ResultFact> findAll(Collection<Long> governmentIds, Collection<Integer> years) {
		if (governmentIds.isEmpty() || years.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from result_fact where government_id in (:g) and year in (:y) order by id")
			.param("g", governmentIds)
			.param("y", years)
			.query(FactRepository::fact)
			.list();
	}

	public Optional<ResultFact> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from result_fact where id = :id")
			.param("id", id)
			.query(FactRepository::fact)
			.optional();
	}

	/** The years that have any result recorded, latest first. */
	public List<Integer> years() {
		return jdbc.sql("select distinct year from result_fact order by year desc").query(Integer.class).list();
	}

	/** The years the government has any result recorded for, latest first. */
	public List<Integer> years(long governmentId) {
		return jdbc.sql("select distinct year from result_fact where government_id = :g order by year desc")
			.param("g", governmentId)
			.query(Integer.class)
			.list();
	}

	/** Whether any demo fact has been generated. */
	public boolean anyDemo() {
		return jdbc.sql("select exists (select 1 from result_fact where demo)").query(Boolean.class).single();
	}

	/** Whether the government already has any fact for the year, real or demo. */
	public boolean exists(long governmentId, int year) {
		return jdbc.sql("select exists (select 1 from result_fact where government_id = :g and year = :y)")
			.param("g", governmentId)
			.param("y", year)
			.query(Boolean.class)
			.single();
	}

	/** @param recordedAt null for now; demo data gives the date a report would have been made */
	public ResultFact insert(long governmentId, int year, NewFact fact, String recordedBy, OffsetDateTime recordedAt,
			boolean demo) {
		return jdbc.sql("""
				insert into result_fact (government_id, year, program_id, period, jobs_created, budget_executed, note,
				                         supersedes, reason, recorded_by, recorded_at, demo)
				values (:g, :y, :program, :period, :jobs, :budget, :note, :supersedes, :reason, :by,
				        coalesce(cast(:at as timestamptz), now()), :demo)
				""" + " returning " + COLUMNS)
			.param("g", governmentId)
			.param("y", year)
			.param("program", fact.programId())
			.param("period", fact.period())
			.param("jobs", fact.jobsCreated())
			.param("budget", fact.budgetExecuted())
			.param("note", fact.note())
			.param("supersedes", fact.supersedes())
			.param("reason", fact.reason())
			.param("by", recordedBy)
			.param("at", recordedAt)
			.param("demo", demo)
			.query(FactRepository::fact)
			.single();
	}

	/** Inserts many demo facts in one round trip per batch (none of them a correction). */
	public void insertDemo(List<DemoFact> rows) {
		batch.batchUpdate("""
				insert into result_fact (government_id, year, program_id, period, jobs_created, budget_executed, note,
				                         recorded_by, recorded_at, demo)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, true)""", rows, 500, (ps, row) -> {
			ps.setLong(1, row.governmentId());
			ps.setInt(2, row.year());
			ps.setLong(3, row.fact().programId());
			ps.setString(4, row.fact().period());
			ps.setBigDecimal(5, row.fact().jobsCreated());
			ps.setBigDecimal(6, row.fact().budgetExecuted());
			ps.setString(7, row.fact().note());
			ps.setString(8, row.recordedBy());
			ps.setObject(9, row.recordedAt());
		});
	}

	public record DemoFact(long governmentId, int year, NewFact fact, String recordedBy, OffsetDateTime recordedAt) {
	}

	public EvidenceInfo insertEvidence(long factId, EvidencePolicy.EvidenceFile file, String recordedBy) {
		return jdbc.sql("""
				insert into result_evidence (fact_id, file_name, media_type, size_bytes, sha256, content, recorded_by)
				values (:fact, :name, :type, :size, :sha, :content, :by)
				returning id, fact_id, file_name, media_type, size_bytes, sha256, recorded_at""")
			.param("fact", factId)
			.param("name", file.fileName())
			.param("type", file.type().mediaType())
			.param("size", file.content().length)
			.param("sha", file.sha256())
			.param("content", file.content())
			.param("by", recordedBy)
			.query(FactRepository::evidence)
			.single();
	}

	/** The evidence listed for the facts, without the file content. */
	public List<EvidenceInfo> findEvidence(Collection<Long> factIds) {
		if (factIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, fact_id, file_name, media_type, size_bytes, sha256, recorded_at
				from result_evidence where fact_id in (:ids) order by id""")
			.param("ids", factIds)
			.query(FactRepository::evidence)
			.list();
	}

	public Optional<EvidenceContent> findEvidenceContent(long evidenceId) {
		return jdbc.sql("""
				select e.id, e.fact_id, e.file_name, e.media_type, e.size_bytes, e.sha256, e.recorded_at, e.content,
				       f.government_id, f.year
				from result_evidence e join result_fact f on f.id = e.fact_id where e.id = :id""")
			.param("id", evidenceId)
			.query((rs, n) -> new EvidenceContent(evidence(rs, n), rs.getBytes("content"), rs.getLong("government_id"),
					rs.getInt("year")))
			.optional();
	}

	private static ResultFact fact(ResultSet rs, int n) throws SQLException {
		return new ResultFact(rs.getLong("id"), rs.getLong("government_id"), rs.getInt("year"), rs.getLong("program_id"),
				rs.getString("period"), rs.getBigDecimal("jobs_created"), rs.getBigDecimal("budget_executed"),
				rs.getString("note"), rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by"),
				rs.getObject("supersedes", Long.class), rs.getString("reason"), rs.getBoolean("demo"));
	}

	private static EvidenceInfo evidence(ResultSet rs, int n) throws SQLException {
		return new EvidenceInfo(rs.getLong("id"), rs.getLong("fact_id"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
				rs.getObject("recorded_at", OffsetDateTime.class));
	}

	/** An evidence file as listed. */
	public record EvidenceInfo(long id, long factId, String fileName, String mediaType, int sizeBytes, String sha256,
			OffsetDateTime recordedAt) {
	}

	/** An evidence file with its bytes and whose it is. */
	public record EvidenceContent(EvidenceInfo info, byte[] content, long governmentId, int year) {
	}
}
