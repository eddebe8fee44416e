package kr.jobgoal.identity.account;

import java.util.Collection;
import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal of a session or a bearer token; carries the user as other modules see them.
 * The password hash is only present while the password is being checked (see {@link #withoutPassword()}).
 *
 * @param mustChangePassword an administrator has reset the password: until the user changes it, they may
 *     only change it or sign out (the password-change gate)
 */
public record JobgoalPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword)
		implements UserDetails {

	/** The principal as kept after sign-in: the session is stored in the database and needs no hash. */
	JobgoalPrincipal withoutPassword() {
		return new JobgoalPrincipal(user, null, enabled, mustChangePassword);
	}

	/** The principal once the user has changed the password they were given. */
	public JobgoalPrincipal withPasswordChanged() {
		return new JobgoalPrincipal(user, null, enabled, false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
