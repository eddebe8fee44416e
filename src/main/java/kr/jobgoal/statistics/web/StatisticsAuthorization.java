package kr.jobgoal.statistics.web;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Official figures are public; only the ministry imports them. */
@Component
class StatisticsAuthorization implements HttpAuthorization {

	static final String IMPORT_PAGE = "/admin/statistics/import";

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/statistics").permitAll();
		rules.requestMatchers(IMPORT_PAGE).hasRole("MINISTRY_ADMIN");
	}
}
