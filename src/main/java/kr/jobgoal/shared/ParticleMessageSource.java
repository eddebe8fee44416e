package kr.jobgoal.shared;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The site's message source with Korean particles settled: a bundle writes {@code 버전 {0}(으)로 공시} or
 * {@code 사용자 {0}을(를) 만들었습니다}, and the text people see reads {@code 버전 2로 공시}, {@code 사용자 kim을 만들었습니다}
 * ({@link KoreanParticles#resolve}). Every message — Thymeleaf's {@code #{…}}, controllers, problem details — goes
 * through Spring Boot's {@code messageSource} bean, so wrapping that one bean covers them all; English text has no
 * double notation and passes unchanged.
 */
final class ParticleMessageSource implements HierarchicalMessageSource {

	private final MessageSource bundles;

	private ParticleMessageSource(MessageSource bundles) {
		this.bundles = bundles;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return KoreanParticles.resolve(bundles.getMessage(code, args, defaultMessage, locale));
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
		return KoreanParticles.resolve(bundles.getMessage(code, args, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
		return KoreanParticles.resolve(bundles.getMessage(resolvable, locale));
	}

	@Override
	public void setParentMessageSource(MessageSource parent) {
		if (bundles instanceof HierarchicalMessageSource hierarchical) {
			hierarchical.setParentMessageSource(parent);
		}
	}

	@Override
	public MessageSource getParentMessageSource() {
		return bundles instanceof HierarchicalMessageSource hierarchical ? hierarchical.getParentMessageSource() : null;
	}

	@Configuration(proxyBeanMethods = false)
	static class Wrapping {

		/** Static so that it applies before any bean that takes the message source is built. */
		@Bean
		static BeanPostProcessor particleMessages() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return "messageSource".equals(beanName) && bean instanceof MessageSource source
							&& !(bean instanceof ParticleMessageSource) ? new ParticleMessageSource(source) : bean;
				}
			};
		}
	}
}
