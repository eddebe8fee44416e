package kr.jobgoal.identity.web;

import java.time.Clock;

import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The header's signed-in user on every page. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	private final CurrentUsers users;

	private final GovernmentDirectory directory;

	private final Clock clock;

	IdentityWebConfiguration(CurrentUsers users, GovernmentDirectory directory, Clock clock) {
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SignedInHeader(users, directory, clock));
	}
}
