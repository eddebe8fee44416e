package kr.jobgoal.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where governments' annual plans stand, for their officers' and reviewers' work lists: which years have a
 * draft, whether it was commented on since it was last saved, and the latest disclosed version. Only facts about
 * a draft leave the module, never its contents. One query for any number of governments.
 */
@Service
@Transactional(readOnly = true)
public class AnnualPlanProgress {

	private final JdbcClient jdbc;

	AnnualPlanProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One government's annual plan of a year.
	 *
	 * @param latestVersion the latest disclosed version; null when none is
	 * @param draftSavedAt when the draft was last saved; null when there is no draft
	 * @param lastCommentAt the latest comment on the current draft; null when none
	 */
	public record Standing(long governmentId, int year, Integer latestVersion, Instant lastDisclosedAt,
			Instant draftSavedAt, Instant lastCommentAt, boolean demo) {

		public boolean hasDraft() {
			return draftSavedAt != null;
		}

		public boolean disclosed() {
			return latestVersion != null;
		}

		/** A draft nobody has commented on since it was last saved. */
		public boolean awaitingComment() {
			return hasDraft() && (lastCommentAt == null || lastCommentAt.isBefore(draftSavedAt));
		}
	}

	/** Every annual plan the governments have (begun or disclosed), latest year first. */
	public List<Standing> of(Collection<Long> governmentIds) {
		if (governmentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.government_id, p.period as year, p.demo,
				       max(v.version) filter (where v.status = 'DISCLOSED') as latest_version,
				       max(v.disclosed_at) as last_disclosed_at,
				       max(v.updated_at) filter (where v.status = 'DRAFT') as draft_saved_at,
				       (select max(c.created_at) from plan_comment c join plan_version d on d.id = c.version_id
				        where c.plan_id = p.id and d.status = 'DRAFT') as last_comment_at
				from plan_plan p left join plan_version v on v.plan_id = p.id
				where p.kind = 'ANNUAL' and p.government_id in (:ids)
				group by p.id, p.government_id, p.period, p.demo
				order by p.period desc, p.government_id
				""")
			.param("ids", governmentIds)
			.query((rs, n) -> new Standing(rs.getLong("government_id"), rs.getInt("year"),
					(Integer) rs.getObject("latest_version"), instant(rs, "last_disclosed_at"),
					instant(rs, "draft_saved_at"), instant(rs, "last_comment_at"), rs.getBoolean("demo")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
