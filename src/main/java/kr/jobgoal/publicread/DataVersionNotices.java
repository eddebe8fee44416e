package kr.jobgoal.publicread;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The data version as this instance learns it from PostgreSQL's notifications, so that a cached answer needs no
 * statement at all. One connection listens on {@link DataVersions#CHANNEL}; on every notice (and every
 * {@link #HEALTH_READ_MILLIS} as a check of the connection) it reads the version, and it holds a shared advisory
 * lock on the version it serves: {@link DataVersionFence} lets a writer answer only once no instance holds an
 * older one, which keeps a change made through one instance visible on every other's next request. While the
 * connection is down or not yet confirmed, {@link #known()} is null and reads check the version themselves.
 */
@Component
class DataVersionNotices implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DataVersionNotices.class);

	/** How long one wait for a notice lasts; a stop is noticed within it. */
	private static final int NOTICE_WAIT_MILLIS = 500;

	private static final long HEALTH_READ_MILLIS = 10_000;

	private static final long RECONNECT_MILLIS = 1_000;

	private final DataSource dataSource;

	/** The version reads are checked against, or null while this instance does not follow the notices. */
	private volatile DataVersion known;

	private volatile boolean running;

	private Thread follower;

	DataVersionNotices(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The version this instance knows to be current, or null: then a read must check it itself. */
	DataVersion known() {
		return known;
	}

	/** Follows from the first request on: the first connection is made before the web server starts. */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public synchronized void start() {
		running = true;
		Connection first = connect();
		follower = new Thread(() -> follow(first), "publicread-notices");
		follower.setDaemon(true);
		follower.start();
	}

	@Override
	public void stop() {
		Thread thread;
		synchronized (this) {
			running = false;
			thread = follower;
		}
		if (thread != null) {
			try {
				thread.join(NOTICE_WAIT_MILLIS * 4L);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void follow(Connection first) {
		Connection connection = first;
		while (running) {
			if (connection == null) {
				sleep(RECONNECT_MILLIS);
				connection = running ? connect() : null;
				continue;
			}
			try {
				listen(connection);
			}
			catch (SQLException | RuntimeException e) {
				if (running) {
					log.warn("public cache: lost the notice connection, reads check the data version until it is back: {}",
							e.getMessage());
				}
			}
			known = null;
			close(connection);
			connection = null;
		}
	}

	/** A listening connection whose version is confirmed and held, or null (logged) when there is none. */
	private Connection connect() {
		Connection connection = null;
		try {
			connection = ownConnection();
			try (Statement statement = connection.createStatement()) {
				statement.execute("listen " + DataVersions.CHANNEL);
			}
			// listening before the first read: a change committed after that read is always noticed
			hold(connection, null);
			return connection;
		}
		catch (SQLException | RuntimeException e) {
			log.warn("public cache: cannot follow data version notices yet, reads check the version: {}", e.getMessage());
			known = null;
			close(connection);
			return null;
		}
	}

	/**
	 * A connection of its own, beside the pool: its locks and its listening end with it, and it never goes back
	 * to the pool holding them.
	 */
	private Connection ownConnection() throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		properties.setProperty("ApplicationName", "jobgoal public cache notices");
		return DriverManager.getConnection(pool.getJdbcUrl(), properties);
	}

	private void listen(Connection connection) throws SQLException {
		PGConnection notices = connection.unwrap(PGConnection.class);
		long lastRead = System.currentTimeMillis();
		while (running) {
			var received = notices.getNotifications(NOTICE_WAIT_MILLIS);
			long now = System.currentTimeMillis();
			if ((received != null && received.length > 0) || now - lastRead >= HEALTH_READ_MILLIS) {
				hold(connection, known);
				lastRead = now;
			}
		}
	}

	/**
	 * Reads the version and holds a shared lock on it, then reads again: a writer's fence that looked for older
	 * locks before this lock was taken committed before the second read, which then sees its version. The lock
	 * on the version held so far is let go only after the new one is known (and is what {@link #known} says).
	 */
	private void hold(Connection connection, DataVersion held) throws SQLException {
		DataVersion current = read(connection);
		while (true) {
			if (held == null || current.number() != held.number()) {
				lock(connection, "select pg_advisory_lock_shared(?, ?)", current.number());
			}
			DataVersion again = read(connection);
			if (again.number() == current.number()) {
				break;
			}
			if (held == null || current.number() != held.number()) {
				lock(connection, "select pg_advisory_unlock_shared(?, ?)", current.number());
			}
			current = again;
		}
		known = current;
		if (held != null && held.number() != current.number()) {
			lock(connection, "select pg_advisory_unlock_shared(?, ?)", held.number());
		}
	}

	private static DataVersion read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(DataVersions.READ)) {
			row.next();
			return DataVersions.fromRow(row);
		}
	}

	/** Runs one of the advisory-lock functions on the lock of {@code version}. */
	static void lock(Connection connection, String sql, long version) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, DataVersionFence.LOCK_CLASS);
			statement.setInt(2, DataVersionFence.lockKey(version));
			statement.execute();
		}
	}

	private static void close(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException e) {
				log.debug("public cache: closing the notice connection failed", e);
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
