package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every request gets the version from a read that started after it arrived; requests arriving during a read share
 * the next one.
 */
class CoalescedVersionReadsTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	/** Reads that answer 1, 2, 3, … and can be held at their start. */
	static class Reads extends DataVersions {

		final AtomicInteger count = new AtomicInteger();

		volatile CountDownLatch hold = new CountDownLatch(0);

		final CountDownLatch firstStarted = new CountDownLatch(1);

		volatile boolean failNext;

		Reads() {
			super(null, null);
		}

		@Override
		DataVersion current() {
			int number = count.incrementAndGet();
			firstStarted.countDown();
			try {
				hold.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (failNext) {
				failNext = false;
				throw new IllegalStateException("database down");
			}
			return new DataVersion(number, Instant.EPOCH);
		}
	}

	@Test
	void aRequestAloneReadsOnceAndSeesEachNewVersion() {
		Reads reads = new Reads();
		CoalescedVersionReads versions = new CoalescedVersionReads(reads);
		assertThat(versions.current().number()).isEqualTo(1);
		assertThat(versions.current().number()).isEqualTo(2);
		assertThat(reads.count).hasValue(2);
	}

	@Test
	void requestsArrivingDuringAReadShareTheNextReadNeverTheRunningOne() throws Exception {
		Reads reads = new Reads();
		reads.hold = new CountDownLatch(1);
		CoalescedVersionReads versions = new CoalescedVersionReads(reads);
		Future<DataVersion> first = threads.submit(versions::current);
		reads.firstStarted.await(10, TimeUnit.SECONDS);

		List<Future<DataVersion>> later = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			later.add(threads.submit(versions::current));
		}
		Thread.sleep(200); // all twenty are waiting behind the held read
		reads.hold.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS).number()).isEqualTo(1);
		for (Future<DataVersion> each : later) {
			// read 1 may have started before they arrived: a change committed meanwhile would be missed
			assertThat(each.get(10, TimeUnit.SECONDS).number()).isEqualTo(2);
		}
		assertThat(reads.count).as("one read for the twenty").hasValue(2);
	}

	@Test
	void aFailedReadFailsItsOwnRequestAndTheWaitingOnesReadAgain() throws Exception {
		Reads reads = new Reads();
		reads.hold = new CountDownLatch(1);
		reads.failNext = true;
		CoalescedVersionReads versions = new CoalescedVersionReads(reads);
		Future<DataVersion> failing = threads.submit(versions::current);
		reads.firstStarted.await(10, TimeUnit.SECONDS);
		CompletableFuture<DataVersion> waiting = CompletableFuture.supplyAsync(versions::current, threads);
		Thread.sleep(200);
		reads.hold.countDown();

		assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("database down");
		assertThat(waiting.get(10, TimeUnit.SECONDS).number()).isEqualTo(2);
	}
}
