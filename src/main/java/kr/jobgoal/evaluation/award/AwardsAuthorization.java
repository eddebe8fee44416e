package kr.jobgoal.evaluation.award;

import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.HttpAuthorization;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Confirmed results are public (nothing unconfirmed is readable through them, AwardResults); the award years'
 * administration is the ministry's, the scoring forms the evaluators', the 1차 the provincial reviewers'. The service checks every write again.
 */
@Component
class AwardsAuthorization implements HttpAuthorization {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/awards", "/awards/*", "/governments/*/evaluations/*", "/api/v1/awards/*", "/api/v1/awards/*/notices/*",
				"/api/v1/awards/*/results.xlsx", "/api/v1/evaluations/*/rankings",
				"/api/v1/evaluations/*/governments/*").permitAll()
			.requestMatchers("/admin/awards/**").hasRole(Role.MINISTRY_ADMIN.name())
			.requestMatchers("/evaluations/*/scoring", "/evaluations/*/scoring/*").hasRole(Role.EVALUATOR.name())
			.requestMatchers("/evaluations/*/first-stage").hasRole(Role.PROVINCIAL_REVIEWER.name());
	}
}
