package kr.jobgoal.publicread;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The data version row shared by every app instance on the database. */
@Component
class DataVersions {

	/** Where each bump is announced, on commit, to every instance that listens (see DataVersionNotices). */
	static final String CHANNEL = "publicread_data_version";

	static final String READ = "select version, changed_at from publicread_data_version where id = 1";

	private final JdbcClient jdbc;

	private final Clock clock;

	DataVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One primary-key read, outside any transaction: what a cached response is checked against. */
	DataVersion current() {
		return jdbc.sql(READ).query((row, n) -> fromRow(row)).single();
	}

	/** The row {@link #READ} selects. */
	static DataVersion fromRow(ResultSet row) throws SQLException {
		return new DataVersion(row.getLong(1), row.getTimestamp(2).toInstant());
	}

	/**
	 * A new version, in the caller's transaction. {@code changed_at} moves on by at least one second, so that
	 * two versions never share a {@code Last-Modified} (HTTP dates have whole seconds) and an
	 * {@code If-Modified-Since} can never confirm an older page as current. Returns the new version's number;
	 * the listening instances hear of it when the transaction commits.
	 */
	long bump() {
		long version = jdbc.sql("""
				update publicread_data_version
				   set version = version + 1,
				       changed_at = greatest(:now, changed_at + interval '1 second')
				 where id = 1
				returning version""")
			.param("now", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.SECONDS)))
			.query(Long.class)
			.single();
		jdbc.sql("notify " + CHANNEL).update();
		return version;
	}
}
