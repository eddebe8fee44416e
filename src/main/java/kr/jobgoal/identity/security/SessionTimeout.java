package kr.jobgoal.identity.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed-in session's idle timeout, for the page script that warns before it ends (KWCAG 2.2: users are
 * told of a time limit and may extend it). Read by templates as {@code @sessionTimeout}.
 */
@Component("sessionTimeout")
class SessionTimeout {

	/** How long before the end the warning appears. */
	static final Duration WARNING = Duration.ofMinutes(2);

	private final Duration timeout;

	SessionTimeout(@Value("${spring.session.timeout:30m}") Duration timeout) {
		this.timeout = timeout;
	}

	public long seconds() {
		return timeout.toSeconds();
	}

	public long warningSeconds() {
		return Math.min(WARNING.toSeconds(), seconds() / 2);
	}
}
