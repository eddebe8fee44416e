package kr.jobgoal.identity;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** The username has failed too often; sign-in is refused until {@link #retryAt()}, whatever the password. */
class LoginThrottledException extends AuthenticationException {

	private final Instant retryAt;

	LoginThrottledException(Instant retryAt) {
		super("too many failed sign-ins");
		this.retryAt = retryAt;
	}

	Instant retryAt() {
		return retryAt;
	}
}
