package kr.jobgoal.result.web;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Results, the dashboard and the maps are public; entering results and evidence files need a sign-in, and
 * the services then check that it is the government's own officer (or, for evidence, a reviewer).
 */
@Component
public class ResultAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/api/v1/governments/*/results/*", "/api/v1/governments/*/results/*/facts",
				"/api/v1/governments/*/results/*/document.hwpx", "/governments/*/results/*", "/governments/*/results/*/history", "/governments/*/results/*/peers",
				"/dashboard", "/dashboard/provinces/*", "/dashboard/overdue", "/maps/*.geojson", "/programs",
				"/api/v1/programs")
			.permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/governments/*/results/*/facts",
				"/api/v1/governments/*/results/*/facts/*/evidence")
			.authenticated();
		rules.requestMatchers("/governments/*/results/*/entry", "/governments/*/results/*/evidence/*").authenticated();
	}
}
