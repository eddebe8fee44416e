package kr.jobgoal.calendar;

import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Deadlines are set by the ministry administrator (the service checks the role again). */
@Component
class CalendarAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, DeadlineAdminController.PATH).hasRole(Role.MINISTRY_ADMIN.name())
			.requestMatchers(HttpMethod.POST, DeadlineAdminController.PATH).hasRole(Role.MINISTRY_ADMIN.name());
	}
}
