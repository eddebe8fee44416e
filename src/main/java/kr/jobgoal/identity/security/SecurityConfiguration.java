package kr.jobgoal.identity.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kr.jobgoal.identity.account.AccessTokens;
import kr.jobgoal.identity.account.JdbcUserDetailsService;
import kr.jobgoal.identity.account.LoginThrottle;
import kr.jobgoal.identity.account.PasswordAuthenticationProvider;
import kr.jobgoal.shared.HttpAuthorization;
import kr.jobgoal.shared.StatusProblems;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filter chain for pages and API: every module's {@link HttpAuthorization} rules, requests no controller
 * answers (so they end in "not found", or "method not allowed" with the Allow header), then deny. HEAD is
 * authorised as the GET it stands for. Pages sign
 * in by the login form into a session stored in PostgreSQL; API clients by bearer tokens, statelessly.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Where a sign-in lands when no page was asked for: the "내 업무" page (kr.jobgoal.work). */
	static final String MY_WORK = "/my";

	/** bcrypt by default; the {id} prefix lets a later, stronger encoding take over without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(JdbcUserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle) {
		return new ProviderManager(new PasswordAuthenticationProvider(users, passwords, throttle));
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, List<HttpAuthorization> moduleRules,
			AuthenticationManager authenticationManager, AccessTokens tokens, JsonMapper json, StatusProblems problems,
			ApplicationContext context) throws Exception {
		HttpErrorResponses errors = new HttpErrorResponses(json, problems);
		http.authenticationManager(authenticationManager).authorizeHttpRequests(auth -> {
			// HEAD is GET without the body: whoever may GET an address may HEAD it, nobody else
			auth.withObjectPostProcessor(new ObjectPostProcessor<AuthorizationManager<HttpServletRequest>>() {
				@Override
				public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
					@SuppressWarnings("unchecked")
					O headAsGet = (O) new HeadAsGet(rules);
					return headAsGet;
				}
			});
			// error pages render for whoever caused them, whatever the method of the failed request; asked
			// for directly, /error answers "not found" to anyone
			auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			auth.requestMatchers("/error").permitAll();
			auth.requestMatchers(HttpMethod.GET, "/", "/v3/api-docs/**", "/v3/api-docs.yaml", "/api-docs",
					"/swagger-ui.html", "/swagger-ui/**", "/actuator/health", "/vendor/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
				.permitAll();
			moduleRules.forEach(rules -> rules.configure(auth));
			auth.requestMatchers(new UnmappedRequests(context)).permitAll();
			auth.anyRequest().denyAll();
		})
			.addFilterBefore(new ApiTokenFilter(tokens, errors), CsrfFilter.class)
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.csrf(csrf -> csrf.csrfTokenRepository(new CsrfTokens())
				.ignoringRequestMatchers(SecurityConfiguration::csrfNotApplicable))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(backToThePageAskedFor())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.requestCache(cache -> cache.requestCache(pageRequestCache()))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		return http.build();
	}

	/**
	 * CSRF protects what a browser's cookies allow. Bearer-token requests carry no cookie authority, and an API
	 * request without a signed-in session (the token endpoint, the public simulations) has none to abuse.
	 */
	static boolean csrfNotApplicable(HttpServletRequest request) {
		if (ApiTokenFilter.isBearerRequest(request)) {
			return true;
		}
		if (!HttpErrorResponses.API.matches(request)) {
			return false;
		}
		HttpSession session = request.getSession(false);
		return session == null
				|| session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null;
	}

	/**
	 * Back to the page asked for, else to one's work ({@link #MY_WORK}); by its path: the saved request's URL
	 * names the host the client sent.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler backToThePageAskedFor() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl(MY_WORK);
		handler.setRequestCache(pageRequestCache());
		handler.setRedirectStrategy(new PathOnlyRedirects());
		return handler;
	}

	/** After login, return to the page asked for; API calls and posts are never replayed (and make no session). */
	private static HttpSessionRequestCache pageRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(HttpErrorResponses.API)));
		return cache;
	}
}
