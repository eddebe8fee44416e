package kr.jobgoal.identity.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.ErrorAudience;
import kr.jobgoal.shared.StatusProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a request that is not signed in, or not allowed, gets back: the JSON API a Korean problem+json (401
 * or 403), the HTML pages the login form or the site's 403 page.
 */
class HttpErrorResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

	private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

	private final JsonMapper json;

	private final StatusProblems problems;

	HttpErrorResponses(JsonMapper json, StatusProblems problems) {
		this.json = json;
		this.problems = problems;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException, ServletException {
		// a bearer token that does not work is an API answer wherever it was sent
		if (!API.matches(request) && !(e instanceof InvalidApiTokenException)) {
			loginPage.commence(request, response, e);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, e instanceof InvalidApiTokenException
				? "Bearer error=\"invalid_token\"" : "Bearer");
		Locale locale = ErrorAudience.problemLocale(request);
		write(response, problems.withDetail(HttpStatus.UNAUTHORIZED, locale, problems.message(
				e instanceof InvalidApiTokenException ? "identity.problem.invalidToken" : "identity.problem.loginRequired",
				locale)));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException, ServletException {
		if (!API.matches(request)) {
			errorPage.handle(request, response, e);
			return;
		}
		Locale locale = ErrorAudience.problemLocale(request);
		write(response, problems.withDetail(HttpStatus.FORBIDDEN, locale, detail(e, locale)));
	}

	/** The services' own refusals (GovernmentAccess) already speak Korean; the framework's do not. */
	private String detail(AccessDeniedException e, Locale locale) {
		if (e instanceof CsrfException) {
			return problems.message("identity.problem.csrf", locale);
		}
		if (e instanceof AuthorizationDeniedException || e.getMessage() == null || e.getMessage().isBlank()) {
			return problems.message("identity.problem.forbidden", locale);
		}
		return e.getMessage();
	}

	/** Written here, outside Spring MVC and its message converters: the same members they would write. */
	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

	/** A bearer token that is unknown, expired, revoked, or whose user is disabled. */
	static class InvalidApiTokenException extends AuthenticationException {

		InvalidApiTokenException() {
			super("invalid bearer token");
		}
	}
}
