package kr.jobgoal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/** The embedded server is started from the configuration alone, before the context, and taken once. */
class EmbeddedDatabaseEarlyStartTests {

	private final EmbeddedDatabaseEarlyStart listener = new EmbeddedDatabaseEarlyStart();

	private void prepared(MockEnvironment environment) {
		listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

	@Test
	void aDataDirectoryGetsItsServerStartedAndTakenOnce(@TempDir Path dataDir) throws Exception {
		prepared(new MockEnvironment().withProperty("jobgoal.data-dir", dataDir.toString()));
		Path directory = EmbeddedDatabaseConfiguration.directoryOf(dataDir.toString());

		EmbeddedPostgres server = EmbeddedDatabaseEarlyStart.take(directory).orElseThrow();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				ResultSet one = connection.createStatement().executeQuery("select 1")) {
			assertThat(one.next()).isTrue();
			assertThat(EmbeddedDatabaseEarlyStart.take(directory)).as("the bean takes it; nobody else").isEmpty();
		}
		finally {
			server.close();
		}
	}

	@Test
	void aConfiguredDatabaseOrTheTestsServerStartsNothing(@TempDir Path dataDir) {
		Path directory = EmbeddedDatabaseConfiguration.directoryOf(dataDir.toString());
		prepared(new MockEnvironment().withProperty("jobgoal.data-dir", dataDir.toString())
			.withProperty("jobgoal.db.url", "jdbc:postgresql://db.example/jobgoal"));
		prepared(new MockEnvironment().withProperty("jobgoal.data-dir", dataDir.toString())
			.withProperty("jobgoal.db.ephemeral", "true"));
		assertThat(EmbeddedDatabaseEarlyStart.take(directory)).isEmpty();
	}
}
