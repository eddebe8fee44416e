package kr.jobgoal.identity.account;

import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password against identity_user, for the login form and the token endpoint alike, with failed
 * attempts throttled by account and by client address (unknown usernames too, so that the answer tells
 * nothing about them). While a key is refused the password is not even checked.
 */
public class PasswordAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	public PasswordAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(passwords);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = clientAddress(authentication);
		throttle.blocked(username, address).ifPresent(block -> {
			throw new LoginThrottledException(block);
		});
		try {
			Authentication signedIn = super.authenticate(authentication);
			throttle.clear(username, address);
			return signedIn;
		}
		catch (BadCredentialsException e) {
			Optional<LoginThrottle.Block> block = throttle.recordFailure(username, address);
			if (block.isPresent()) {
				throw new LoginThrottledException(block.get());
			}
			throw e;
		}
	}

	/** The form's filter and the token endpoint both attach the request's details (its remote address). */
	private static String clientAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		// the signed-in principal is stored with the session: leave the password hash behind
		return super.createSuccessAuthentication(((JobgoalPrincipal) principal).withoutPassword(), authentication,
				user);
	}
}
