package kr.jobgoal.identity.security;

import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Login and tokens are open (they are how one signs in); every signed-in user changes their own password;
 * managing users is the ministry administrator's.
 */
@Component
class IdentityAuthorization implements HttpAuthorization {

	static final String ADMIN = Role.MINISTRY_ADMIN.name();

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/login", "/logout").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/auth/tokens").permitAll()
			.requestMatchers(HttpMethod.DELETE, "/api/v1/auth/tokens/current").authenticated()
			.requestMatchers(HttpMethod.POST, IdentityPaths.SESSION_EXTEND).authenticated()
			.requestMatchers(HttpMethod.GET, IdentityPaths.ACCOUNT_PASSWORD).authenticated()
			.requestMatchers(HttpMethod.POST, IdentityPaths.ACCOUNT_PASSWORD).authenticated()
			.requestMatchers("/api/v1/admin/users/**").hasRole(ADMIN)
			.requestMatchers(HttpMethod.GET, IdentityPaths.ADMIN_USERS, IdentityPaths.ADMIN_USERS + "/*", IdentityPaths.ADMIN_AUDIT,
					IdentityPaths.ADMIN_AUDIT_CHAIN)
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, IdentityPaths.ADMIN_USERS, IdentityPaths.ADMIN_USERS + "/**").hasRole(ADMIN);
	}
}
