package kr.jobgoal.identity.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.account.JobgoalPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a password an administrator has reset may only change it, or sign out, until they
 * have: pages send them to the change form, API calls are refused. The page's own style sheets and scripts
 * still load. Runs after authorisation, so that it only narrows what the user was allowed.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String CHANGE_PAGE = IdentityPaths.ACCOUNT_PASSWORD;

	private static final List<String> OPEN = List.of(CHANGE_PAGE, "/logout", IdentityPaths.SESSION_EXTEND,
			"/favicon.ico");

	private static final List<String> ASSETS = List.of("/css/", "/js/", "/img/", "/vendor/");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof JobgoalPrincipal principal)
				|| !principal.mustChangePassword() || isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (HttpErrorResponses.API.matches(request)) {
			throw new AccessDeniedException("관리자가 비밀번호를 초기화했습니다. 먼저 " + CHANGE_PAGE
					+ " 에서 비밀번호를 바꾸세요.");
		}
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + CHANGE_PAGE);
	}

	private static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.contains(path) || ASSETS.stream().anyMatch(path::startsWith);
	}
}
