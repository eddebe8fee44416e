package kr.jobgoal.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the JSON API's controllers into RFC 9457 problem details with a Korean {@code detail}
 * (English when {@code Accept-Language} prefers it): the application's {@link InvalidInputException} and
 * {@link NotFoundException}, and every refusal of the framework (unreadable body, wrong content type,
 * unacceptable Accept, missing values), worded in {@code i18n/shared}. Only REST controllers are advised;
 * HTML pages get the site's error pages.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final StatusProblems problems;

	ApiProblemHandler(StatusProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problems.withDetail(HttpStatus.NOT_FOUND, locale(), e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return invalidInput(e);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: e.getPropertyName();
		String detail = UserMessages.invalidValue(name, e.getValue(), e.getRequiredType());
		return handleExceptionInternal(e, invalidInput(new InvalidInputException(detail,
				List.of(new InvalidInputException.FieldProblem(name, detail)))), headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = problems.message("problem.missingParameter", locale(), e.getParameterName());
		return handleExceptionInternal(e, invalidInput(new InvalidInputException(detail,
				List.of(new InvalidInputException.FieldProblem(e.getParameterName(), detail)))), headers, status, request);
	}

	/**
	 * A body that is not JSON, or whose values do not fit: the same problem on every endpoint. A value refused
	 * while parsing by an {@link InvalidInputException} keeps its own words; otherwise the JSON path is named.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException invalid) {
				return handleExceptionInternal(e, invalidInput(invalid), headers, status, request);
			}
		}
		InvalidInputException limit = JsonLimits.refusal(e);
		if (limit != null) {
			return handleExceptionInternal(e, invalidInput(limit), headers, status, request);
		}
		String detail = problems.message("problem.body.unreadable", locale());
		String field = field(e);
		List<InvalidInputException.FieldProblem> errors = field == null ? List.of()
				: List.of(new InvalidInputException.FieldProblem(field,
						problems.message("problem.body.field", locale(), field)));
		return handleExceptionInternal(e, invalidInput(new InvalidInputException(detail, errors)), headers, status,
				request);
	}

	private ProblemDetail invalidInput(InvalidInputException e) {
		ProblemDetail problem = problems.withDetail(HttpStatus.BAD_REQUEST, locale(), e.getMessage());
		if (!e.errors().isEmpty()) {
			problem.setProperty("errors", e.errors());
		}
		return problem;
	}

	/** The JSON path of the value Jackson could not read ("targets[0].targetValue"), when it got that far. */
	private static String field(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
