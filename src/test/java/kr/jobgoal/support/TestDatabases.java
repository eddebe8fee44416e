package kr.jobgoal.support;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empty databases on the tests' PostgreSQL server, for tests that start an app of their own on one. */
public final class TestDatabases {

	private TestDatabases() {
	}

	/** Creates an empty database and returns its JDBC URL (the server of the test app's own pool). */
	public static String create(JdbcClient jdbc, DataSource dataSource, String prefix) {
		String name = prefix + "_" + System.nanoTime();
		jdbc.sql("create database " + name).update();
		return pool(dataSource).getJdbcUrl().replaceFirst("/postgres\\?", "/" + name + "?");
	}

	private static HikariDataSource pool(DataSource dataSource) {
		try {
			// the query-budget tests wrap the pool in a counting proxy
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			throw new IllegalStateException("the test app's DataSource is not a Hikari pool", e);
		}
	}
}
