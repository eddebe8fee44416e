package kr.jobgoal.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, beside the building of the application
 * context rather than in the middle of it: starting the server (initdb on a new data directory, pg_ctl start on
 * an existing one) takes two to three seconds, mostly in other processes, which the context's own work can
 * overlap. Registered in {@code META-INF/spring.factories}, as it must run before any bean exists; the
 * {@code embeddedPostgres} bean then takes the started server. Not with {@code JOBGOAL_DB_URL}, nor for the tests'
 * throw-away server.
 */
class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Map<Path, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (!environment.getProperty("jobgoal.db.url", "").isEmpty()
				|| environment.getProperty("jobgoal.db.ephemeral", Boolean.class, false)) {
			return;
		}
		Path directory = EmbeddedDatabaseConfiguration.directoryOf(environment.getProperty("jobgoal.data-dir", "./data"));
		STARTING.computeIfAbsent(directory, d -> {
			CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					server.complete(EmbeddedDatabaseConfiguration.start(d));
				}
				catch (RuntimeException e) {
					server.completeExceptionally(e);
				}
			}, "embedded-postgres-start");
			starter.setDaemon(true);
			starter.start();
			return server;
		});
	}

	/** The server started early for this directory, once it is up; its start's failure is thrown here. */
	static Optional<EmbeddedPostgres> take(Path directory) {
		CompletableFuture<EmbeddedPostgres> server = STARTING.remove(directory);
		if (server == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(server.join());
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}
}
