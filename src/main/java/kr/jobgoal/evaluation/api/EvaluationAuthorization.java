package kr.jobgoal.evaluation.api;

import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The evaluation simulation is public (it stores nothing); the award year's pages and writes come with their own rules. */
@Component
class EvaluationAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.POST, SimulationController.PATH).permitAll();
	}
}
