package kr.jobgoal.result;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result module's part of removing the demo data set: every fact marked demo (corrections of demo facts
 * and facts against demo plans are marked too) and its evidence. Real facts stay: the append-only triggers
 * let only demo rows go, and only in a transaction that asked for it ({@code jobgoal.demo_removal}, V5_2).
 * The roll-ups of demo plans' years go too.
 */
@Service
public class DemoResultRemoval {

	/** What was removed. */
	public record Removed(int facts, int evidence) {
	}

	private final JdbcClient jdbc;

	public DemoResultRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demo fact is stored: one index probe. */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from result_fact where demo)").query(Boolean.class).single();
	}

	/** Removes the demo facts; joins the caller's transaction, which other modules' removals share. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Removed remove() {
		jdbc.sql("set local jobgoal.demo_removal = 'on'").update();
		int evidence = jdbc.sql("delete from result_evidence where demo").update();
		// one statement: a correction names the fact it supersedes, and the reference is checked at its end
		int facts = jdbc.sql("delete from result_fact where demo").update();
		// roll-ups are derived; a demo plan's year goes with its plan (a real plan's rows never count demo facts)
		jdbc.sql("delete from result_annual_rollup where demo").update();
		return new Removed(facts, evidence);
	}
}
