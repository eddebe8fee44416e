package kr.jobgoal.plan.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ministry's approvals to amend a plan after its results were due ({@code plan_amendment_approval}). */
@Repository
public class AmendmentApprovalRepository {

	/** @param usedByVersion the version disclosed under it; null while it waits to be used */
	public record Approval(long id, String approvedBy, String reason, Instant approvedAt, Integer usedByVersion) {

		public boolean open() {
			return usedByVersion == null;
		}
	}

	private final JdbcClient jdbc;

	public AmendmentApprovalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an approval; the plan's demo mark goes with it. */
	public void insert(long planId, String reason, String approvedBy, Instant at) {
		jdbc.sql("""
				insert into plan_amendment_approval (plan_id, reason, approved_by, approved_at, demo)
				select :plan, :reason, :by, :at, p.demo from plan_plan p where p.id = :plan
				""")
			.param("plan", planId)
			.param("reason", reason)
			.param("by", approvedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The plan's approvals, newest first. */
	public List<Approval> list(long planId) {
		return jdbc.sql("""
				select id, approved_by, reason, approved_at, used_by_version from plan_amendment_approval
				where plan_id = :plan order by approved_at desc, id desc
				""")
			.param("plan", planId)
			.query((rs, n) -> new Approval(rs.getLong("id"), rs.getString("approved_by"), rs.getString("reason"),
					PlanVersionRepository.instant(rs, "approved_at"), rs.getObject("used_by_version", Integer.class)))
			.list();
	}

	/** Marks the plan's open approval as used by {@code version}; whether there was one. */
	public boolean use(long planId, int version) {
		return jdbc.sql("update plan_amendment_approval set used_by_version = :version"
				+ " where plan_id = :plan and used_by_version is null")
			.param("plan", planId)
			.param("version", version)
			.update() == 1;
	}
}
