package kr.jobgoal.evaluation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation module's part of removing the demo data set: every award year marked demo, with everything
 * under it (categories, peer groups, rubric, tiers, snapshot, assignments, scores, results and awards go by
 * cascade). Real years stay: the confirmation triggers (V6_1) let only demo years go, and only in a
 * transaction that asked for it ({@code jobgoal.demo_removal}).
 */
@Service
public class DemoEvaluationRemoval {

	private final JdbcClient jdbc;

	DemoEvaluationRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demo award year is stored: one index probe. */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from evaluation_year where demo)").query(Boolean.class).single();
	}

	/** Removes the demo award years; joins the caller's transaction, which other modules' removals share. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int remove() {
		jdbc.sql("set local jobgoal.demo_removal = 'on'").update();
		return jdbc.sql("delete from evaluation_year where demo").update();
	}
}
