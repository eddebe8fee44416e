package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instances learn of a new data version by notice, and a writer answers only once every instance serves it: a
 * second follower on the app's database stands for another instance, a connection holding a version's lock for
 * one that has not moved on.
 */
class DataVersionNoticesTests extends HttpTest {

	private static final String FOLLOWERS = "select pid from pg_stat_activity where application_name = 'jobgoal public cache notices'";

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataVersions versions;

	@Autowired
	DataVersionNotices appNotices;

	private DataVersionNotices other;

	@BeforeEach
	void otherInstance() {
		other = new DataVersionNotices(dataSource);
		other.start();
	}

	@AfterEach
	void stopOtherInstance() {
		other.stop();
	}

	@Test
	void aFollowerKnowsTheVersionFromItsStart() {
		assertThat(other.known()).isNotNull();
		assertThat(other.known().number()).isEqualTo(versions.current().number());
	}

	@Test
	void aWriterAnswersOnlyOnceNoInstanceServesAnOlderVersion() throws Exception {
		long before = versions.current().number();
		try (Connection behind = dataSource.getConnection()) {
			DataVersionNotices.lock(behind, "select pg_advisory_lock_shared(?, ?)", before);
			long bumped = versions.bump();
			CompletableFuture<Void> writer = CompletableFuture
				.runAsync(() -> new DataVersionFence(dataSource, Duration.ofMinutes(1)).awaitEveryInstance(bumped));

			eventually(() -> jdbc.sql("""
					select count(*) from pg_locks
					 where locktype = 'advisory' and classid = :class and objid::bigint = :version and not granted""")
				.param("class", DataVersionFence.LOCK_CLASS)
				.param("version", before)
				.query(Long.class)
				.single() > 0);
			assertThat(writer).as("the writer waits for the instance still on version %d", before).isNotDone();
			DataVersionNotices.lock(behind, "select pg_advisory_unlock_shared(?, ?)", before);
			writer.get(30, TimeUnit.SECONDS);
		}
		// no waiting here: once the writer may answer, every following instance already serves the new version
		assertThat(other.known().number()).isGreaterThanOrEqualTo(versions.current().number());
		assertThat(appNotices.known().number()).isGreaterThanOrEqualTo(versions.current().number());
	}

	@Test
	void anInstanceThatDoesNotMoveOnIsWaitedForOnlyAsLongAsThePatience() throws Exception {
		long before = versions.current().number();
		try (Connection stuck = dataSource.getConnection()) {
			DataVersionNotices.lock(stuck, "select pg_advisory_lock_shared(?, ?)", before);
			long bumped = versions.bump();
			CompletableFuture<Void> writer = CompletableFuture
				.runAsync(() -> new DataVersionFence(dataSource, Duration.ofMillis(300)).awaitEveryInstance(bumped));
			writer.get(30, TimeUnit.SECONDS);
			DataVersionNotices.lock(stuck, "select pg_advisory_unlock_shared(?, ?)", before);
		}
	}

	@Test
	void aFollowerThatLosesItsConnectionLeavesReadsToCheckUntilItIsBack() {
		List<Integer> appFollowers = jdbc.sql(FOLLOWERS).query(Integer.class).list();
		other.stop();
		other = new DataVersionNotices(dataSource);
		other.start();
		List<Integer> mine = jdbc.sql(FOLLOWERS).query(Integer.class).list();
		mine.removeAll(appFollowers);
		assertThat(mine).hasSize(1);

		jdbc.sql("select pg_terminate_backend(:pid)").param("pid", mine.get(0)).query(Boolean.class).single();
		eventually(() -> other.known() == null);
		eventually(() -> other.known() != null);
		assertThat(other.known().number()).isEqualTo(versions.current().number());
	}

	private static void eventually(BooleanSupplier condition) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within 20 s");
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
