package kr.jobgoal.publicread;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The writer's half of {@link DataVersionNotices}: after a change has committed, waits until no instance on the
 * database still serves an older version (none holds a shared lock on one), so that the change is seen on every
 * instance's next request once the writer answers. An instance that does not move on within {@link #patience}
 * (a long pause, a hung connection) is logged and no longer waited for.
 */
@Component
class DataVersionFence {

	private static final Logger log = LoggerFactory.getLogger(DataVersionFence.class);

	/** The first key of every lock on a data version ("JG"); the second is the version. */
	static final int LOCK_CLASS = 0x4A47;

	private static final String OLDER_HELD = """
			select min(objid::bigint)
			  from pg_locks
			 where locktype = 'advisory'
			   and database = (select oid from pg_database where datname = current_database())
			   and classid = ? and objsubid = 2 and mode = 'ShareLock' and granted and objid::bigint < ?""";

	private final DataSource dataSource;

	private final Duration patience;

	@Autowired
	DataVersionFence(DataSource dataSource) {
		this(dataSource, Duration.ofSeconds(2));
	}

	DataVersionFence(DataSource dataSource, Duration patience) {
		this.dataSource = dataSource;
		this.patience = patience;
	}

	/** The second key of a version's lock (versions go up by one per change and never reach 2³¹). */
	static int lockKey(long version) {
		return Math.toIntExact(version);
	}

	/**
	 * Returns once every instance serves {@code version} or newer. Its own connection, outside the caller's
	 * (finished) transaction: it takes each older version's lock exclusively, which waits for its holders to let go.
	 */
	void awaitEveryInstance(long version) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set local lock_timeout = " + patience.toMillis());
				}
				Long older;
				while ((older = olderHeld(connection, version)) != null) {
					try (PreparedStatement wait = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
						wait.setInt(1, LOCK_CLASS);
						wait.setInt(2, lockKey(older));
						wait.execute();
					}
				}
				connection.commit();
			}
			catch (SQLException e) {
				connection.rollback();
				if (!"55P03".equals(e.getSQLState())) {
					throw e;
				}
				log.warn("public cache: an instance did not move on to data version {} within {} ms; not waiting for it",
						version, patience.toMillis());
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			// the change has committed: a failed wait is reported, not turned into a failed write
			log.warn("public cache: could not wait for the instances to move on to data version {}: {}", version,
					e.getMessage());
		}
	}

	private static Long olderHeld(Connection connection, long version) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(OLDER_HELD)) {
			query.setInt(1, LOCK_CLASS);
			query.setLong(2, version);
			try (ResultSet row = query.executeQuery()) {
				row.next();
				long older = row.getLong(1);
				return row.wasNull() ? null : older;
			}
		}
	}
}
