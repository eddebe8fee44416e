package kr.jobgoal.publicread;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The public response cache, in front of the observation, session and security filters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicCacheProperties.class)
class PublicReadConfiguration {

	/**
	 * After the filters that put headers on every response (security headers, the demo marker: highest
	 * precedence), before Spring Session (HIGHEST_PRECEDENCE + 50) and Spring Security (-100): a hit needs neither.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

	@Bean
	PublicResponseStore publicResponseStore(PublicCacheProperties properties) {
		return new PublicResponseStore(properties.maxEntries(), properties.maxSize().toBytes());
	}

	@Bean
	FilterRegistrationBean<PublicResponseFilter> publicResponseFilter(CurrentDataVersion versions, PublicResponseStore store,
			@Qualifier(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME) LocaleResolver languages,
			PublicCacheProperties properties, Clock clock, MeterRegistry meters) {
		FilterRegistrationBean<PublicResponseFilter> registration = new FilterRegistrationBean<>(
				new PublicResponseFilter(versions::current, store, languages, properties, clock, meters));
		registration.setOrder(ORDER);
		return registration;
	}

	/**
	 * Boot observes every request from HIGHEST_PRECEDENCE + 1, which under load cost a tenth of the CPU of a
	 * cached answer (a timer, tags and a context per request). Observation starts after the cache instead: what
	 * is rendered is observed as before ({@code http.server.requests}), and cached answers are counted by the
	 * cache ({@code jobgoal.public.cache.answers}).
	 */
	@Bean
	static BeanPostProcessor observationAfterPublicCache() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					registration.setOrder(ORDER + 1);
				}
				return bean;
			}
		};
	}
}
