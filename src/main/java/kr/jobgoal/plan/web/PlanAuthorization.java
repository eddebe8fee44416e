package kr.jobgoal.plan.web;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Disclosed plans, their history and the status board are public; drafts, the editor, disclosure and
 * sub-category settings need a signed-in user (whose government and role the service then checks).
 */
@Component
public class PlanAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/governments/*/plans/*/draft", "/api/v1/governments/*/plans/*/disclosures",
				"/governments/*/plans/*/draft", "/governments/*/plans/*/draft/**", "/governments/*/sub-categories",
				"/governments/*/sub-categories/**")
			.authenticated();
		rules.requestMatchers(HttpMethod.GET, "/search").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/governments/*/plans/*", "/api/v1/governments/*/plans/*/versions",
				"/api/v1/governments/*/plans/*/versions/*", "/api/v1/governments/*/plans/*/document.hwpx", "/governments/*/plans", "/governments/*/plans/*",
				"/governments/*/plans/*/versions", "/governments/*/plans/*/versions/*", "/governments/*/plans/*/diff",
				"/governments/*/plans/*/excel", "/plans", "/plans/*")
			.permitAll();
	}
}
