package kr.jobgoal.region;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The directory is public: anyone may read it, nobody writes it over HTTP (it comes from the shipped file). */
@Component
class RegionAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/governments", "/governments/*", "/api/v1/governments",
				"/api/v1/governments.csv", "/api/v1/governments/*").permitAll();
	}
}
