package kr.jobgoal.identity;

import java.util.List;

import kr.jobgoal.shared.HttpAuthorization;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http, List<HttpAuthorization> moduleRules) throws Exception {
		http.authorizeHttpRequests(auth -> {
			auth.requestMatchers(HttpMethod.GET, "/", "/v3/api-docs/**", "/api-docs/**", "/swagger-ui/**",
					"/actuator/health", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error", "/login")
				.permitAll();
			moduleRules.forEach(rules -> rules.configure(auth));
			auth.anyRequest().denyAll();
		}).formLogin(form -> form.loginPage("/login").permitAll());
		return http.build();
	}
}
