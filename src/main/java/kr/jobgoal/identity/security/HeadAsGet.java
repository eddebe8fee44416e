package kr.jobgoal.identity.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * The URL rules asked about a HEAD request as about the GET it stands for (RFC 9110: the same answer without
 * the body), so that no module has to declare HEAD beside each GET and HEAD never opens more than GET does.
 */
final class HeadAsGet implements AuthorizationManager<HttpServletRequest> {

	private final AuthorizationManager<HttpServletRequest> rules;

	HeadAsGet(AuthorizationManager<HttpServletRequest> rules) {
		this.rules = rules;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			HttpServletRequest request) {
		return rules.authorize(authentication, HttpMethod.HEAD.matches(request.getMethod()) ? new AsGet(request) : request);
	}

	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}
	}
}
