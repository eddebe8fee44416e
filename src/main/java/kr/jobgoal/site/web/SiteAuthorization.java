package kr.jobgoal.site.web;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The site's policy pages are for everyone. */
@Component
class SiteAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, SitePolicyController.PRIVACY, SitePolicyController.COPYRIGHT).permitAll();
	}
}
