package kr.jobgoal.identity.account;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins: refused until the block ends, whatever the password. */
class LoginThrottledException extends AuthenticationException {

	private final LoginThrottle.Block block;

	LoginThrottledException(LoginThrottle.Block block) {
		super("too many failed sign-ins");
		this.block = block;
	}

	LoginThrottle.Block block() {
		return block;
	}
}
