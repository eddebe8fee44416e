package kr.jobgoal.site.web;

import kr.jobgoal.site.error.ContainerErrorReportValve;
import kr.jobgoal.site.request.BodySizeFilter;
import kr.jobgoal.site.request.RequestTextFilter;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Korean by default, English on {@code ?lang=en}, remembered in a cookie; the layout's per-request values; the
 * filters that bound every request before the security filters see it (body size, then text).
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new SiteLocaleResolver();
	}

	@Bean
	FilterRegistrationBean<BodySizeFilter> bodySizeFilter() {
		FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(new BodySizeFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
		FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor language = new LocaleChangeInterceptor();
		language.setParamName(LayoutInterceptor.LANGUAGE_PARAMETER);
		language.setIgnoreInvalidLocale(true);
		// not while an error is rendered: the request's parameters may be what was refused (a form too large)
		registry.addInterceptor(language).excludePathPatterns(ContainerErrorReportValve.ERROR_PATH);
		registry.addInterceptor(new LayoutInterceptor());
	}
}
