package kr.jobgoal.result.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.region.Government;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.ResultTotals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The result_annual_rollup table (one row per government and year with a disclosed annual plan). */
@Repository
public class RollUpRepository {

	private static final String UPSERT = """
			insert into result_annual_rollup (government_id, year, plan_version, code, province_code, peer_group,
			    job_target, jobs_created, budget_planned, budget_executed, programs, programs_complete, demo,
			    last_recorded_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (government_id, year) do update set plan_version = excluded.plan_version,
			    code = excluded.code, province_code = excluded.province_code, peer_group = excluded.peer_group,
			    job_target = excluded.job_target, jobs_created = excluded.jobs_created,
			    budget_planned = excluded.budget_planned, budget_executed = excluded.budget_executed,
			    programs = excluded.programs, programs_complete = excluded.programs_complete, demo = excluded.demo,
			    last_recorded_at = excluded.last_recorded_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public RollUpRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Writes the rows (new or changed) in one round trip per batch. */
	public void save(List<AnnualRollUp> rows) {
		batch.batchUpdate(UPSERT, rows, 500, (ps, r) -> {
			ps.setLong(1, r.government().id());
			ps.setInt(2, r.year());
			ps.setInt(3, r.planVersion());
			ps.setString(4, r.government().code());
			ps.setString(5, r.provinceCode());
			ps.setString(6, r.peerGroup());
			ps.setBigDecimal(7, r.jobTargetTotal());
			ps.setBigDecimal(8, r.jobsCreatedTotal());
			ps.setBigDecimal(9, r.budgetPlannedTotal());
			ps.setBigDecimal(10, r.budgetExecutedTotal());
			ps.setInt(11, r.programs());
			ps.setInt(12, r.programsComplete());
			ps.setBoolean(13, r.demo());
			ps.setObject(14, r.lastRecordedAt());
		});
	}

	public void delete(long governmentId, int year) {
		jdbc.sql("delete from result_annual_rollup where government_id = :g and year = :y")
			.param("g", governmentId)
			.param("y", year)
			.update();
	}

	/** Removes the year's rows of governments no longer in {@code keep} (a plan that is gone). */
	public void deleteOthers(int year, List<Long> keep) {
		jdbc.sql("delete from result_annual_rollup where year = :y and not (government_id = any (:keep))")
			.param("y", year)
			.param("keep", keep.toArray(Long[]::new))
			.update();
	}

	/** The years that have roll-ups. */
	public List<Integer> years() {
		return jdbc.sql("select distinct year from result_annual_rollup order by year").query(Integer.class).list();
	}

	/** The stored figures of the year, by government id, without the government (the caller resolves it). */
	public Map<Long, Stored> findAll(int year) {
		Map<Long, Stored> rows = new HashMap<>();
		jdbc.sql("""
				select government_id, plan_version, job_target, jobs_created, budget_planned, budget_executed, programs,
				       programs_complete, demo, last_recorded_at
				from result_annual_rollup where year = :y""")
			.param("y", year)
			.query(rs -> {
				rows.put(rs.getLong("government_id"), new Stored(rs.getInt("plan_version"), rs.getBigDecimal("job_target"),
						rs.getBigDecimal("jobs_created"), rs.getBigDecimal("budget_planned"),
						rs.getBigDecimal("budget_executed"), rs.getInt("programs"), rs.getInt("programs_complete"),
						rs.getBoolean("demo"), rs.getObject("last_recorded_at", OffsetDateTime.class)));
			});
		return rows;
	}

	/** A stored row's figures. */
	public record Stored(int planVersion, BigDecimal jobTarget, BigDecimal jobsCreated, BigDecimal budgetPlanned,
			BigDecimal budgetExecuted, int programs, int programsComplete, boolean demo, OffsetDateTime lastRecordedAt) {

		/** The row as the government's roll-up for the year (the government as it was then). */
		public AnnualRollUp of(Government government, int year) {
			return new AnnualRollUp(government, year, planVersion, jobTarget, jobsCreated, budgetPlanned, budgetExecuted,
					programs, programsComplete, demo, lastRecordedAt);
		}
	}

	/**
	 * The year's totals of the nation's basic governments, of every province's basic governments and of every peer
	 * group (the metro governments' own plans are the {@code metro} group), added up by PostgreSQL in one statement
	 * (grouping sets over the stored rows). A metro government's own plan covers the same area as its basic
	 * governments, so no total adds the two.
	 */
	public RollUpTotals totals(int year) {
		RollUpTotals totals = new RollUpTotals();
		jdbc.sql("""
				select grouping(peer_group, basics_of, basic) as rolled, peer_group, basics_of, basic,
				       count(*) as disclosed, count(jobs_created) as reported,
				       coalesce(sum(job_target), 0) as target_disclosed,
				       coalesce(sum(job_target) filter (where jobs_created is not null), 0) as target_reported,
				       sum(jobs_created) as jobs_created
				from (select *, peer_group <> 'metro' as basic,
				             case when peer_group <> 'metro' then province_code end as basics_of
				      from result_annual_rollup where year = :y) r
				group by grouping sets ((peer_group), (basics_of), (basic))""")
			.param("y", year)
			.query(rs -> {
				ResultTotals t = new ResultTotals(rs.getInt("disclosed"), rs.getInt("reported"),
						rs.getBigDecimal("target_disclosed"), rs.getBigDecimal("target_reported"),
						rs.getBigDecimal("jobs_created"));
				// a bit for each column added up over (peer_group 4, basics_of 2, basic 1); the groups of the metro
				// governments (basics_of null, basic false) are the metro peer group's again
				switch (rs.getInt("rolled")) {
					case 3 -> totals.peerGroups.put(rs.getString("peer_group"), t);
					case 5 -> {
						if (rs.getString("basics_of") != null) {
							totals.basics.put(rs.getString("basics_of"), t);
						}
					}
					default -> {
						if (rs.getBoolean("basic")) {
							totals.nationBasics = t;
						}
					}
				}
			});
		return totals;
	}

	/** Takes the rebuild requests; true when there was one (a second instance starting at once finds none). */
	public boolean takeRebuildRequest() {
		return !jdbc.sql("delete from result_rollup_rebuild returning reason").query(String.class).list().isEmpty();
	}

	/** The nation's, the provinces' and the peer groups' totals of one year. */
	public static final class RollUpTotals {

		private static final ResultTotals NONE = new ResultTotals(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, null);

		private ResultTotals nationBasics = NONE;

		private final Map<String, ResultTotals> peerGroups = new HashMap<>();

		private final Map<String, ResultTotals> basics = new HashMap<>();

		/** The nation's basic governments (시·군·구) added up, without the metro governments' own plans. */
		public ResultTotals nationBasics() {
			return nationBasics;
		}

		/** The metro governments' own plans added up (the {@code metro} peer group). */
		public ResultTotals metros() {
			return peerGroup(Government.METRO);
		}

		/** The basic governments of a province added up, without the metro government's own plan. */
		public ResultTotals basics(String provinceCode) {
			return basics.getOrDefault(provinceCode, NONE);
		}

		public ResultTotals peerGroup(String group) {
			return peerGroups.getOrDefault(group, NONE);
		}
	}
}
