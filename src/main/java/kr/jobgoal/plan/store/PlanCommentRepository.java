package kr.jobgoal.plan.store;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewers' and officers' comments on a plan's drafts ({@code plan_comment}). */
@Repository
public class PlanCommentRepository {

	private final JdbcClient jdbc;

	public PlanCommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Comment(long id, String author, String authorName, String body, Instant createdAt, boolean onCurrentDraft) {
	}

	public void addComment(long planId, long versionId, String author, String authorName, String body) {
		jdbc.sql("insert into plan_comment (plan_id, version_id, author, author_name, body)"
				+ " values (:plan, :version, :author, :name, :body)")
			.param("plan", planId)
			.param("version", versionId)
			.param("author", author)
			.param("name", authorName)
			.param("body", body)
			.update();
	}

	public List<Comment> comments(long planId, Long currentDraftId) {
		return jdbc.sql("select id, author, author_name, body, created_at, version_id from plan_comment"
				+ " where plan_id = :plan order by created_at, id")
			.param("plan", planId)
			.query((rs, n) -> new Comment(rs.getLong("id"), rs.getString("author"), rs.getString("author_name"),
					rs.getString("body"), PlanVersionRepository.instant(rs, "created_at"),
					currentDraftId != null && currentDraftId.equals(rs.getObject("version_id", Long.class))))
			.list();
	}
}
