package kr.jobgoal.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against identity_user, for the login form and the token endpoint alike, with failed
 * attempts throttled per username (unknown usernames too, so that the answer tells nothing about them).
 */
class PasswordAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	PasswordAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		throttle.lockedUntil(username).ifPresent(until -> {
			throw new LoginThrottledException(until);
		});
		try {
			Authentication signedIn = super.authenticate(authentication);
			throttle.clear(username);
			return signedIn;
		}
		catch (BadCredentialsException e) {
			Optional<Instant> lockedUntil = throttle.recordFailure(username);
			if (lockedUntil.isPresent()) {
				throw new LoginThrottledException(lockedUntil.get());
			}
			throw e;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		// the signed-in principal is stored with the session: leave the password hash behind
		return super.createSuccessAuthentication(((JobgoalPrincipal) principal).withoutPassword(), authentication,
				user);
	}
}
