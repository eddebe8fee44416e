package kr.jobgoal.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON mapper, which Spring MVC reads every {@code @RequestBody} with, is built on
 * {@link JsonLimits}: Boot's own builder has no place for the parser's limits, so this one takes its place and
 * applies Boot's customizers (modules, {@code spring.jackson.*}) to it in their order.
 */
@Configuration(proxyBeanMethods = false)
class BoundedJsonConfiguration {

	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonLimits.builder();
		customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
		return builder;
	}
}
