package kr.jobgoal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import kr.jobgoal.shared.SeoulClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: Korean time, running as the real one until a test sets it to a moment
 * ({@link #setSeoulTime}); a test that sets it puts it back with {@link #reset} (in {@code @AfterEach}), since
 * every HTTP test shares the one application.
 */
public final class TestClock extends Clock {

	private volatile Instant fixed;

	/** Sets the time to this Korean date and time, and stops it there. */
	public void setSeoulTime(LocalDateTime seoulTime) {
		fixed = seoulTime.atZone(SeoulClock.SEOUL).toInstant();
	}

	/** Runs as the real clock again. */
	public void reset() {
		fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return SeoulClock.SEOUL;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		Instant at = fixed;
		return at != null ? Clock.fixed(at, zone) : Clock.system(zone);
	}

	@Override
	public Instant instant() {
		Instant at = fixed;
		return at != null ? at : Instant.now();
	}

	/** Replaces {@link SeoulClock}'s bean in the tests' application. */
	@Configuration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}
	}
}
