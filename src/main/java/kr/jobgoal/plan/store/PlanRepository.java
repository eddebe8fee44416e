package kr.jobgoal.plan.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.plan.PlanKind;
import kr.jobgoal.plan.PlanPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overviews across plans: where every government's plan of a period stands, which periods a government has
 * disclosed, the latest planned year. Versions themselves are in the store package.
 */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a government's plan for a period stands. */
	public record Standing(long governmentId, Integer latestVersion, Instant firstDisclosedAt, Instant lastDisclosedAt,
			boolean hasDraft, boolean demo, BigDecimal jobTargetTotal) {
	}

	/** The standing of every plan of the period that exists, by government id. */
	public Map<Long, Standing> standings(PlanPeriod period, Collection<Long> governmentIds) {
		if (governmentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select p.government_id, p.demo,
				       max(v.version) as latest_version,
				       min(v.disclosed_at) as first_disclosed_at,
				       max(v.disclosed_at) as last_disclosed_at,
				       bool_or(v.status = 'DRAFT') as has_draft,
				       (select l.job_target_total from plan_version l where l.plan_id = p.id and l.status = 'DISCLOSED'
				        order by l.version desc limit 1) as job_target_total
				from plan_plan p left join plan_version v on v.plan_id = p.id
				where p.kind = :kind and p.period = :period and p.government_id in (:ids)
				group by p.id, p.government_id, p.demo
				""")
			.param("kind", period.kind().name())
			.param("period", period.value())
			.param("ids", governmentIds)
			.query((rs, n) -> new Standing(rs.getLong("government_id"), (Integer) rs.getObject("latest_version"),
					instant(rs, "first_disclosed_at"), instant(rs, "last_disclosed_at"),
					Boolean.TRUE.equals(rs.getObject("has_draft")), rs.getBoolean("demo"),
					rs.getBigDecimal("job_target_total")))
			.list()
			.stream()
			.collect(Collectors.toMap(Standing::governmentId, Function.identity()));
	}

	/** The latest year for which any government has an annual plan. */
	public Optional<Integer> latestAnnualYear() {
		return jdbc.sql("select max(period) from plan_plan where kind = 'ANNUAL'").query(Integer.class).optional();
	}

	/** The periods with a disclosed version, annual plans latest year first, then comprehensive plans. */
	public List<PlanPeriod> disclosedPeriodsOf(long governmentId) {
		return jdbc.sql("""
				select p.kind, p.period from plan_plan p
				where p.government_id = :g and exists (select 1 from plan_version v where v.plan_id = p.id and v.status = 'DISCLOSED')
				order by p.kind, p.period desc
				""")
			.param("g", governmentId)
			.query((rs, n) -> new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period")))
			.list();
	}

	/** Each of the government's plan periods with its latest disclosed version (null: none yet), in one query. */
	public Map<PlanPeriod, Integer> latestVersionsOf(long governmentId) {
		Map<PlanPeriod, Integer> latest = new LinkedHashMap<>();
		jdbc.sql("""
				select p.kind, p.period, max(v.version) filter (where v.status = 'DISCLOSED') as latest
				from plan_plan p left join plan_version v on v.plan_id = p.id
				where p.government_id = :g
				group by p.kind, p.period
				order by p.kind, p.period desc""")
			.param("g", governmentId)
			.query(rs -> {
				int version = rs.getInt("latest");
				latest.put(new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period")),
						rs.wasNull() ? null : version);
			});
		return latest;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
