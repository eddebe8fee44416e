package kr.jobgoal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code JOBGOAL_DB_URL}, the app runs its own PostgreSQL so that {@code ./mvnw spring-boot:run}
 * works on a bare machine. Its files live under {@code JOBGOAL_DATA_DIR} and survive restarts; with
 * {@code jobgoal.db.ephemeral=true} (the tests) one throw-away server is shared by the whole JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${jobgoal.db.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final Set<EmbeddedPostgres> OWNED_BY_A_CONTEXT = ConcurrentHashMap.newKeySet();

	/** The tests' server, shared by every context of the JVM: no context stops it. */
	@Bean(destroyMethod = "")
	@ConditionalOnProperty(name = "jobgoal.db.ephemeral", havingValue = "true")
	EmbeddedPostgres ephemeralPostgres() {
		return EphemeralServer.INSTANCE.server;
	}

	/**
	 * The app's own server, stopped by the context: after every component's stop (graceful shutdown's last
	 * requests among them) and after the pool, which depends on it, so both still have their database.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "jobgoal.db.ephemeral", havingValue = "false", matchIfMissing = true)
	EmbeddedPostgres embeddedPostgres(@Value("${jobgoal.data-dir}") String dataDir) {
		Path directory = directoryOf(dataDir);
		// started while the context was being built (EmbeddedDatabaseEarlyStart), or now
		EmbeddedPostgres server = EmbeddedDatabaseEarlyStart.take(directory).orElseGet(() -> start(directory));
		OWNED_BY_A_CONTEXT.add(server);
		return server;
	}

	static Path directoryOf(String dataDir) {
		return Path.of(dataDir, "postgres").toAbsolutePath().normalize();
	}

	static EmbeddedPostgres start(Path directory) {
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "100")
				// not zonky's hook: it would stop the server beside Spring's, under requests still finishing
				.setRegisterShutdownHook(false)
				.start();
			log.info("내장 PostgreSQL 시작: {} (port {})", directory, server.getPort());
			// only for a server no context took (its start failed first); a context's server stops with the context
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				if (!OWNED_BY_A_CONTEXT.contains(server)) {
					close(server);
				}
			}, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("내장 PostgreSQL을 시작하지 못했습니다: " + directory, e);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres server) {
		HikariDataSource dataSource = new HikariDataSource();
		// batched inserts become multi-row statements: demo and reference loads are mostly bulk inserts
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("jobgoal");
		return dataSource;
	}

	private static void close(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException e) {
			log.warn("내장 PostgreSQL 종료 중 오류", e);
		}
	}

	/** One server per JVM for the tests: started on first use, removed when the JVM ends. */
	private enum EphemeralServer {
		INSTANCE;

		private final EmbeddedPostgres server;

		EphemeralServer() {
			try {
				server = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("테스트용 내장 PostgreSQL을 시작하지 못했습니다", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-test-stop"));
		}
	}
}
