package kr.jobgoal.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's part of removing the demo data set: the demo accounts with their API tokens and open
 * sessions, so that nobody can sign in with them any more. The audit log keeps what they did (it is never
 * changed); real accounts are not touched.
 */
@Service
public class DemoAccountRemoval {

	/** What was removed: the accounts by user name, and how many of their tokens and sessions. */
	public record Removed(List<String> accounts, int tokens, int sessions) {
	}

	private final JdbcClient jdbc;

	DemoAccountRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any demo account exists: one index probe. */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from identity_user where demo)").query(Boolean.class).single();
	}

	/** Removes the demo accounts; joins the caller's transaction, which other modules' removals share. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Removed remove() {
		int tokens = jdbc.sql("delete from identity_api_token where demo").update();
		// also by name: a session signed in before its row was marked (V7_1) has the name but not the mark
		int sessions = jdbc.sql("""
				delete from spring_session
				where demo or principal_name in (select username from identity_user where demo)
				""").update();
		List<String> accounts = jdbc.sql("delete from identity_user where demo returning username")
			.query(String.class)
			.list()
			.stream()
			.sorted()
			.toList();
		return new Removed(accounts, tokens, sessions);
	}
}
