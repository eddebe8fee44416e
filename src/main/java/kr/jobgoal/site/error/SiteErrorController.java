package kr.jobgoal.site.error;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import kr.jobgoal.shared.ErrorAudience;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.StatusProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container answers for every error that no controller turned into a response itself: a refusal of
 * the security filters or the firewall ({@code ..%2f}, {@code %25}, {@code ;jsessionid}), a request Tomcat
 * rejects before the application ({@link ContainerErrorReportValve}), a refusal of the site's own filters with
 * its detail and field errors ({@link RequestRefusal}), a failure (500). Browsers get the site's
 * error page, every other client the one problem+json, worded by status; neither shows a message or a trace.
 * Asked for directly, {@code /error} is not a page of its own: it does not exist (404).
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class SiteErrorController implements ErrorController {

	private final StatusProblems problems;

	SiteErrorController(StatusProblems problems) {
		this.problems = problems;
	}

	@RequestMapping
	Object error(HttpServletRequest request) {
		HttpStatusCode status = status(request);
		InvalidInputException refusal = RequestRefusal.of(request);
		if (ErrorAudience.wantsPage(request)) {
			return refusal == null ? ErrorPage.of(status, null, List.of())
					: ErrorPage.of(status, refusal.getMessage(), refusal.errors());
		}
		String path = ErrorAudience.requestedPath(request);
		ProblemDetail problem = problems.forStatus(status, ErrorAudience.problemLocale(request), path);
		if (refusal != null) {
			problem.setDetail(refusal.getMessage());
			problem.setProperty("errors", refusal.errors());
		}
		problem.setInstance(URI.create(safePath(path)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A rejected address as a valid URI reference: characters a URI may not hold, and a '%' that starts no
	 * escape, percent-encoded (the error is rendered, and its {@code instance} named, from this).
	 */
	static String safePath(String path) {
		if (path == null || path.isEmpty()) {
			return "/";
		}
		byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
		StringBuilder safe = new StringBuilder();
		for (int i = 0; i < bytes.length; i++) {
			int c = bytes[i] & 0xff;
			boolean allowed = c < 0x80 && URI_CHARACTERS.indexOf(c) >= 0
					&& (c != '%' || i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
			if (allowed) {
				safe.append((char) c);
			}
			else {
				safe.append('%').append(String.format("%02X", c));
			}
		}
		return safe.toString();
	}

	private static final String URI_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/%";

	private static boolean isHex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

	/** The status the container is rendering; a direct request for this path is a "not found". */
	private static HttpStatusCode status(HttpServletRequest request) {
		if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus known = HttpStatus.resolve(code);
		return known != null && known.isError() ? known : HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
