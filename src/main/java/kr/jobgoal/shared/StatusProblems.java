package kr.jobgoal.shared;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The wording of the one error format by status ({@code problem.status.*} in {@code i18n/shared}): the title
 * every problem carries, and the detail of a problem nothing more specific is known about.
 */
@Component
public class StatusProblems {

	private final MessageSource messages;

	StatusProblems(MessageSource messages) {
		this.messages = messages;
	}

	public String title(HttpStatusCode status, Locale locale) {
		return text(status, "title", locale);
	}

	/** A problem with the status's own title and detail; the detail of 404 names the path. */
	public ProblemDetail forStatus(HttpStatusCode status, Locale locale, String path) {
		return problem(status, title(status, locale), messages.getMessage(code(status, "detail"), new Object[] { path },
				locale));
	}

	/** A problem with the status's title and the given detail. */
	public ProblemDetail withDetail(HttpStatusCode status, Locale locale, String detail) {
		return problem(status, title(status, locale), detail);
	}

	public String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(HttpStatusCode status, String part, Locale locale) {
		return messages.getMessage(code(status, part), null, locale);
	}

	private String code(HttpStatusCode status, String part) {
		String exact = "problem.status." + status.value() + "." + part;
		if (messages.getMessage(exact, null, null, Locale.KOREAN) != null) {
			return exact;
		}
		return "problem.status." + (status.is5xxServerError() ? "5xx" : "4xx") + "." + part;
	}
}
