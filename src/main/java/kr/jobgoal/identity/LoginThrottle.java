package kr.jobgoal.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: five failed sign-ins for one username within 15 minutes refuse that username
 * for the next 15 minutes, on the login form and the token endpoint alike. The database's clock decides, so
 * that all instances agree.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final int KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Until when the username is refused, if it is now. */
	Optional<Instant> lockedUntil(String username) {
		return jdbc.sql("select locked_until from identity_login_throttle where username = :u and locked_until > now()")
			.param("u", key(username))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Counts a failure (a new window starts once the last one is over); returns until when the username is
	 * refused if this failure was one too many.
	 */
	Optional<Instant> recordFailure(String username) {
		return jdbc.sql("""
				insert into identity_login_throttle as t (username, failures, window_start)
				values (:u, 1, now())
				on conflict (username) do update set
				    failures = case when t.window_start < now() - make_interval(secs => :window) then 1
				                    else t.failures + 1 end,
				    window_start = case when t.window_start < now() - make_interval(secs => :window) then now()
				                        else t.window_start end,
				    locked_until = case when t.window_start >= now() - make_interval(secs => :window)
				                             and t.failures + 1 >= :max
				                        then now() + make_interval(secs => :lock) else t.locked_until end
				returning case when locked_until > now() then locked_until end
				""")
			.param("u", key(username))
			.param("window", WINDOW.toSeconds())
			.param("lock", LOCK.toSeconds())
			.param("max", MAX_FAILURES)
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	/** A successful sign-in forgets the failures before it. */
	void clear(String username) {
		jdbc.sql("delete from identity_login_throttle where username = :u").param("u", key(username)).update();
	}

	private static String key(String username) {
		String name = UserAccounts.normalise(username);
		return name.length() > KEY_LENGTH ? name.substring(0, KEY_LENGTH) : name;
	}
}
