package kr.jobgoal.demo;

import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The demo data page is the ministry administrator's (the removal checks the role again). */
@Component
class DemoAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, DemoAdminController.PATH).hasRole(Role.MINISTRY_ADMIN.name())
			.requestMatchers(HttpMethod.POST, DemoAdminController.PATH).hasRole(Role.MINISTRY_ADMIN.name());
	}
}
