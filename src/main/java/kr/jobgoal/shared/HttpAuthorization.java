package kr.jobgoal.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL authorisation rules, contributed as a bean: each module declares which of its own paths
 * are public and which need a role. Paths no module declares are denied, and a guard test fails the
 * build for any endpoint without a rule. Fine-grained checks (whose data) stay in the services, through
 * the identity module's GovernmentAccess.
 */
public interface HttpAuthorization {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
