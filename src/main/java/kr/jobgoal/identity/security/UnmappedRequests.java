package kr.jobgoal.identity.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that no controller answers: an address none answers by any method, an address answered by other
 * methods only, and {@code OPTIONS}, which Spring answers itself with the Allow header. They pass the
 * authorisation rules so that the visitor gets "not found" (404) or "method not allowed" (405 with Allow)
 * instead of a login page or a refusal; no controller code runs for them. Every method a controller does
 * answer at an address still needs a module's rule (or meets the final denyAll).
 */
final class UnmappedRequests implements RequestMatcher {

	private final ApplicationContext context;

	private volatile List<RequestMappingInfoHandlerMapping> mappings;

	UnmappedRequests(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			for (RequestMappingInfoHandlerMapping mapping : mappings()) {
				HandlerExecutionChain chain = mapping.getHandler(request);
				if (chain != null) {
					return isSpringsOptionsAnswer(chain.getHandler());
				}
			}
			return true;
		}
		catch (HttpRequestMethodNotSupportedException e) {
			// a controller answers this address, but not by this method: MVC answers 405 with Allow
			return true;
		}
		catch (Exception e) {
			// a controller answers this address and method, but not this content type: its rule decides
			return false;
		}
		finally {
			if (previous == null) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
			else {
				ServletRequestPathUtils.setParsedRequestPath(previous, request);
			}
		}
	}

	/** For OPTIONS at an address controllers answer, the handler mapping's own handler lists the methods. */
	private static boolean isSpringsOptionsAnswer(Object handler) {
		return handler instanceof HandlerMethod method
				&& method.getBeanType().getEnclosingClass() == RequestMappingInfoHandlerMapping.class;
	}

	/** Resolved on first use: the handler mappings are built after the security configuration. */
	private List<RequestMappingInfoHandlerMapping> mappings() {
		if (mappings == null) {
			mappings = List.copyOf(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
		}
		return mappings;
	}
}
