package kr.jobgoal.site.error;

import java.util.List;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's one error page ({@code templates/error.html}) for a status. {@code errorKind} picks its
 * wording: 400, 403, 404 and 500 have their own, other statuses the 4xx or 5xx wording. {@code detail} is
 * the Korean text of what exactly went wrong, when the application knows it.
 */
final class ErrorPage {

	static final String VIEW = "error";

	private static final List<Integer> WORDED = List.of(400, 403, 404, 500);

	private ErrorPage() {
	}

	static ModelAndView of(HttpStatusCode status, String detail, List<FieldProblem> problems) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("errorKind", kind(status));
		page.addObject("detail", detail);
		page.addObject("problems", problems);
		return page;
	}

	static String kind(HttpStatusCode status) {
		if (WORDED.contains(status.value())) {
			return String.valueOf(status.value());
		}
		return status.is4xxClientError() ? "4xx" : "5xx";
	}
}
