package kr.jobgoal.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationContext;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that no controller answers, by any method. They pass the authorisation rules so that the
 * visitor gets the "page not found" answer instead of a login page or a refusal; every address a
 * controller does answer still needs a module's rule (or meets the final denyAll).
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
				if (mapping.getHandler(request) != null) {
					return false;
				}
			}
			return true;
		}
		catch (Exception e) {
			// a controller answers this address, but not this method or content type
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

	/** Resolved on first use: the handler mappings are built after the security configuration. */
	private List<RequestMappingInfoHandlerMapping> mappings() {
		if (mappings == null) {
			mappings = List.copyOf(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
		}
		return mappings;
	}
}
