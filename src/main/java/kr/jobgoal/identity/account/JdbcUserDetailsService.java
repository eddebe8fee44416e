package kr.jobgoal.identity.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs users in from identity_user, for the login form and the token endpoint alike. */
@Component
public class JdbcUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	JdbcUserDetailsService(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username)
			.map(UserAccounts.Account::principal)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}
}
