package kr.jobgoal.site.error;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.InvalidInputException;

/**
 * A request refused by one of the site's filters before any controller: the container renders it through
 * {@link SiteErrorController} (problem+json for clients, the error page for browsers) with this detail and
 * these field errors, so a filter's refusal looks like any other.
 */
public final class RequestRefusal {

	private static final String ATTRIBUTE = RequestRefusal.class.getName();

	private RequestRefusal() {
	}

	public static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
			InvalidInputException problem) throws IOException {
		request.setAttribute(ATTRIBUTE, problem);
		response.sendError(status);
	}

	/** The refusal being rendered, or null when the error did not come from a filter. */
	static InvalidInputException of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof InvalidInputException problem ? problem : null;
	}
}
