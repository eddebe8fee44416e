package kr.jobgoal.publicread;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The data version row shared by every app instance on the database. */
@Component
class DataVersions {

	private final JdbcClient jdbc;

	private final Clock clock;

	DataVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One primary-key read, outside any transaction: what a cached response is checked against. */
	DataVersion current() {
		return jdbc.sql("select version, changed_at from publicread_data_version where id = 1")
			.query((row, n) -> new DataVersion(row.getLong(1), row.getTimestamp(2).toInstant()))
			.single();
	}

	/**
	 * A new version, in the caller's transaction. {@code changed_at} moves on by at least one second, so that
	 * two versions never share a {@code Last-Modified} (HTTP dates have whole seconds) and an
	 * {@code If-Modified-Since} can never confirm an older page as current.
	 */
	void bump() {
		jdbc.sql("""
				update publicread_data_version
				   set version = version + 1,
				       changed_at = greatest(:now, changed_at + interval '1 second')
				 where id = 1""")
			.param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.SECONDS)))
			.update();
	}
}
