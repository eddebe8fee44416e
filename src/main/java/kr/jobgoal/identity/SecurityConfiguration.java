package kr.jobgoal.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers(HttpMethod.GET, "/", "/governments/**", "/api/v1/**", "/v3/api-docs/**", "/api-docs/**",
					"/swagger-ui/**", "/actuator/health", "/vendor/**", "/css/**", "/js/**", "/error", "/login")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll());
		return http.build();
	}
}
