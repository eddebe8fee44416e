package kr.jobgoal.site;

import jakarta.servlet.DispatcherType;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The error page is shown whatever the method of the request that failed: a refused POST (403) is
 * forwarded to {@code /error} as a POST, which the GET-only rule for {@code /error} would deny again and
 * turn into a login redirect. The original request was authorised (or refused) already.
 */
@Component
class SiteAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
	}
}
