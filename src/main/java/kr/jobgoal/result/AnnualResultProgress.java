package kr.jobgoal.result;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a government's results are entered, year by year, for its officer's work list: from the stored
 * roll-ups (one query), one row per year with a disclosed annual plan.
 */
@Service
@Transactional(readOnly = true)
public class AnnualResultProgress {

	private final JdbcClient jdbc;

	AnnualResultProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One year's results.
	 *
	 * @param programs the programs of the year's latest disclosed plan
	 * @param programsComplete of those, how many have figures for the whole year
	 * @param lastRecordedAt when the latest fact was recorded; null when none is
	 */
	public record YearProgress(int year, int planVersion, int programs, int programsComplete, boolean demo,
			OffsetDateTime lastRecordedAt) {

		public boolean complete() {
			return programs > 0 && programsComplete == programs;
		}

		public int programsMissing() {
			return programs - programsComplete;
		}
	}

	/** Latest year first. */
	public List<YearProgress> of(long governmentId) {
		return jdbc.sql("""
				select year, plan_version, programs, programs_complete, demo, last_recorded_at
				from result_annual_rollup where government_id = :g order by year desc""")
			.param("g", governmentId)
			.query((rs, n) -> new YearProgress(rs.getInt("year"), rs.getInt("plan_version"), rs.getInt("programs"),
					rs.getInt("programs_complete"), rs.getBoolean("demo"),
					rs.getObject("last_recorded_at", OffsetDateTime.class)))
			.list();
	}
}
