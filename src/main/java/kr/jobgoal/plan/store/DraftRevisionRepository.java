package kr.jobgoal.plan.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every saved state of a draft by lock version ({@code plan_draft_revision}): what a conflicting save is compared with. */
@Repository
public class DraftRevisionRepository {

	private final JdbcClient jdbc;

	public DraftRevisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void saveRevision(long versionId, int lockVersion, String json, String user) {
		jdbc.sql("insert into plan_draft_revision (version_id, lock_version, content, saved_by)"
				+ " values (:id, :lock, cast(:json as jsonb), :user)")
			.param("id", versionId)
			.param("lock", lockVersion)
			.param("json", json)
			.param("user", user)
			.update();
	}

	public Optional<String> revision(long versionId, int lockVersion) {
		return jdbc.sql("select content::text from plan_draft_revision where version_id = :id and lock_version = :lock")
			.param("id", versionId)
			.param("lock", lockVersion)
			.query(String.class)
			.optional();
	}
}
