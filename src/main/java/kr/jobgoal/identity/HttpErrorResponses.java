package kr.jobgoal.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	static final String LOGIN_REQUIRED = "로그인이 필요합니다. POST /api/v1/auth/tokens로 토큰을 발급받아 "
			+ "'Authorization: Bearer …' 헤더로 보내세요.";

	private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

	private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

	private final JsonMapper json;

	HttpErrorResponses(JsonMapper json) {
		this.json = json;
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
		write(response, HttpStatus.UNAUTHORIZED, "로그인 필요",
				e instanceof InvalidApiTokenException ? e.getMessage() : LOGIN_REQUIRED);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException, ServletException {
		if (!API.matches(request)) {
			errorPage.handle(request, response, e);
			return;
		}
		write(response, HttpStatus.FORBIDDEN, "권한 없음", detail(e));
	}

	/** The services' own refusals (GovernmentAccess) already speak Korean; the framework's do not. */
	private static String detail(AccessDeniedException e) {
		if (e instanceof CsrfException) {
			return "보안 토큰(CSRF)이 없거나 맞지 않습니다. 페이지를 새로 고친 뒤 다시 시도하세요.";
		}
		if (e instanceof AuthorizationDeniedException || e.getMessage() == null || e.getMessage().isBlank()) {
			return "이 요청을 할 권한이 없습니다.";
		}
		return e.getMessage();
	}

	void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	/** A bearer token that is unknown, expired, revoked, or whose user is disabled. */
	static class InvalidApiTokenException extends AuthenticationException {

		InvalidApiTokenException() {
			super("토큰이 올바르지 않거나 만료 또는 폐기되었습니다. POST /api/v1/auth/tokens로 새 토큰을 발급받으세요.");
		}
	}
}
