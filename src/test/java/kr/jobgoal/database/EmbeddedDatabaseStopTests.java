package kr.jobgoal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The app's own server stops with its context, after everything that still needs it: graceful shutdown lets
 * requests finish and components stop (both in the context's lifecycle stop), and they must still reach the
 * database. Before, shutdown hooks stopped the server beside the context's close.
 */
class EmbeddedDatabaseStopTests {

	@Test
	void theServerOutlivesTheContextsStopAndEndsWithIt(@TempDir Path dataDir) throws Exception {
		AtomicReference<String> answeredWhileStopping = new AtomicReference<>();
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(
				new MapPropertySource("test", Map.of("jobgoal.data-dir", dataDir.toString())));
		context.register(EmbeddedDatabaseConfiguration.class);
		context.registerBean(StoppingReader.class, () -> new StoppingReader(
				context.getBean(DataSource.class), answeredWhileStopping));
		context.refresh();
		String url = context.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			assertThat(connection.isValid(2)).isTrue();
		}

		context.close();

		assertThat(answeredWhileStopping).hasValue("still here");
		assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
			.as("the server is stopped once the context is closed").isInstanceOf(SQLException.class);
	}

	/** A component that reads the database as it stops, as a request finishing during graceful shutdown does. */
	static final class StoppingReader implements SmartLifecycle {

		private final DataSource dataSource;

		private final AtomicReference<String> answer;

		private volatile boolean running;

		StoppingReader(DataSource dataSource, AtomicReference<String> answer) {
			this.dataSource = dataSource;
			this.answer = answer;
		}

		@Override
		public void start() {
			running = true;
		}

		@Override
		public void stop() {
			try (Connection connection = dataSource.getConnection();
					ResultSet row = connection.createStatement().executeQuery("select 'still here'")) {
				row.next();
				answer.set(row.getString(1));
			}
			catch (SQLException e) {
				answer.set(e.getMessage());
			}
			running = false;
		}

		@Override
		public boolean isRunning() {
			return running;
		}
	}
}
