package kr.jobgoal.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's part of removing the demo data set: every plan marked demo with everything under it
 * (versions, drafts, comments) and the demo sub-categories nobody took over. Real plans are never touched;
 * the history triggers let only demo plans go, and only in a transaction that asked for it
 * ({@code jobgoal.demo_removal}, V3_2).
 */
@Service
public class DemoPlanRemoval {

	/** What was removed. */
	public record Removed(int plans, int versions, int subCategories) {
	}

	private final JdbcClient jdbc;

	public DemoPlanRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demo plan is stored: one index probe. */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from plan_plan where demo)").query(Boolean.class).single();
	}

	/** Removes the demo plans; joins the caller's transaction, which other modules' removals share. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Removed remove() {
		jdbc.sql("set local jobgoal.demo_removal = 'on'").update();
		jdbc.sql("delete from plan_comment where demo").update();
		jdbc.sql("delete from plan_amendment_approval where demo").update();
		// targets, strategies, programs and draft revisions go with their version (on delete cascade)
		int versions = jdbc.sql("delete from plan_version where demo").update();
		int plans = jdbc.sql("delete from plan_plan where demo").update();
		int subCategories = jdbc.sql("delete from plan_sub_category where demo").update();
		return new Removed(plans, versions, subCategories);
	}
}
