package kr.jobgoal.publicread;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The public response cache, in front of the session and security filters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicCacheProperties.class)
class PublicReadConfiguration {

	/** Before Spring Session (HIGHEST_PRECEDENCE + 50) and Spring Security (-100): a hit needs neither. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

	@Bean
	PublicResponseStore publicResponseStore(PublicCacheProperties properties) {
		return new PublicResponseStore(properties.maxEntries(), properties.maxSize().toBytes());
	}

	@Bean
	FilterRegistrationBean<PublicResponseFilter> publicResponseFilter(DataVersions versions, PublicResponseStore store,
			@Qualifier(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME) LocaleResolver languages,
			PublicCacheProperties properties, Clock clock) {
		FilterRegistrationBean<PublicResponseFilter> registration = new FilterRegistrationBean<>(
				new PublicResponseFilter(versions, store, languages, properties, clock));
		registration.setOrder(ORDER);
		return registration;
	}
}
