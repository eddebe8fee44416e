package kr.jobgoal.work;

import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Everyone signed in has a work page; the administration menu is the ministry administrator's. */
@Component
class WorkAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, MyWorkController.MY_WORK).authenticated()
			.requestMatchers(HttpMethod.GET, MyWorkController.ADMIN).hasRole(Role.MINISTRY_ADMIN.name());
	}
}
