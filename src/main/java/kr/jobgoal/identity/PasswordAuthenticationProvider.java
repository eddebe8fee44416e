package kr.jobgoal.identity;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Username and password against identity_user, for the login form and the token endpoint alike. */
class PasswordAuthenticationProvider extends DaoAuthenticationProvider {

	PasswordAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords) {
		super(users);
		setPasswordEncoder(passwords);
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		// the signed-in principal is stored with the session: leave the password hash behind
		return super.createSuccessAuthentication(((JobgoalPrincipal) principal).withoutPassword(), authentication,
				user);
	}
}
