package kr.jobgoal.support;

import java.lang.reflect.Constructor;
import java.util.function.Supplier;

import kr.jobgoal.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Runs service-level test code as a given user, through the same principal type the identity module puts in
 * the security context (its type is internal to identity, so it is built reflectively here, in tests only).
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static <T> T as(CurrentUser user, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(authentication(user));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public static void as(CurrentUser user, Runnable action) {
		as(user, () -> {
			action.run();
			return null;
		});
	}

	private static UsernamePasswordAuthenticationToken authentication(CurrentUser user) {
		try {
			Class<?> type = Class.forName("kr.jobgoal.identity.account.JobgoalPrincipal");
			Constructor<?> constructor = type.getDeclaredConstructor(CurrentUser.class, String.class, boolean.class,
					boolean.class);
			constructor.setAccessible(true);
			UserDetails principal = (UserDetails) constructor.newInstance(user, "", true, false);
			return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("identity's principal type changed; update this test helper", e);
		}
	}
}
