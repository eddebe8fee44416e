package kr.jobgoal.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.account.AccessTokens;
import kr.jobgoal.identity.account.ApiTokenAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer …}. The sign-in lasts for this request only:
 * nothing is put in a session, so API clients stay stateless. A token that does not work is a 401 at once,
 * never a fall-back to a session the same client may also have.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccessTokens tokens;

	private final HttpErrorResponses errors;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(AccessTokens tokens, HttpErrorResponses errors) {
		this.tokens = tokens;
		this.errors = errors;
	}

	static boolean isBearerRequest(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isBearerRequest(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).trim();
		Optional<ApiTokenAuthentication> authentication = tokens.authenticate(token);
		if (authentication.isEmpty()) {
			errors.commence(request, response, new HttpErrorResponses.InvalidApiTokenException());
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication.get());
		contexts.setContext(context);
		chain.doFilter(request, response);
	}
}
