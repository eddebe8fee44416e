package kr.jobgoal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the generated demo data set is to be loaded ({@code JOBGOAL_DEMO}): by default on with the embedded
 * database and off with an external one, and never again once it was removed (table {@code demo_removal},
 * written in the removal's transaction), so that a removal holds across restarts. Demo data is always marked
 * as demo where it is stored and shown (docs/demo-data.md).
 */
@Component
public class DemoMode {

	private final boolean configured;

	private final JdbcClient jdbc;

	DemoMode(@Value("${JOBGOAL_DEMO:}") String demo, @Value("${jobgoal.db.url:}") String externalDatabase,
			JdbcClient jdbc) {
		this.configured = demo.isBlank() ? externalDatabase.isBlank() : Boolean.parseBoolean(demo.trim());
		this.jdbc = jdbc;
	}

	/** Whether the start-up loaders generate demo data (each only where none of its own exists yet). */
	public boolean enabled() {
		return configured && !removed();
	}

	/** Whether the demo data set was removed from this database. */
	public boolean removed() {
		return jdbc.sql("select exists (select 1 from demo_removal)").query(Boolean.class).single();
	}

	/** Remembers the removal; call it in the removal's transaction. */
	public void rememberRemoval(String actor) {
		jdbc.sql("insert into demo_removal (removed_by) values (:actor) on conflict do nothing")
			.param("actor", actor)
			.update();
	}
}
