package kr.jobgoal.site.error;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.ErrorAudience;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.StatusProblems;
import kr.jobgoal.shared.UserMessages;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input and missing things on the HTML pages: the error page with the Korean message and the right
 * status, nothing changed. The JSON API's controllers never get here: the shared {@code ApiProblemHandler}
 * handles the same exceptions for them first (highest precedence) as problem+json. Ordered right after it
 * and before Boot's problem-details handler (order 0), which would answer an HTML page with JSON.
 * <p>
 * The framework's own refusals (no such address, wrong method or content type, an upload too large) come before
 * any controller is chosen, so the API advice does not see them: a browser gets the error page, {@code /api/**}
 * and every other client the same problem+json as from the API advice (Spring's message codes in
 * {@code i18n/shared}). Anything else unhandled goes to the container's error page, {@link SiteErrorController}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HtmlErrorAdvice {

	private final MessageSource messages;

	private final StatusProblems problems;

	HtmlErrorAdvice(MessageSource messages, StatusProblems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return ErrorPage.of(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e) {
		return ErrorPage.of(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
		String detail = UserMessages.invalidValue(e.getName(), e.getValue(), e.getRequiredType());
		return ErrorPage.of(HttpStatus.BAD_REQUEST, detail, List.of());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missingParameter(MissingServletRequestParameterException e) {
		return ErrorPage.of(HttpStatus.BAD_REQUEST, "필수 값 '" + e.getParameterName() + "'" + KoreanParticles.after(e.getParameterName(), "이") + " 없습니다.", List.of());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class })
	Object framework(Exception e, HttpServletRequest request, HttpServletResponse response) {
		ErrorResponse error = (ErrorResponse) e;
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(error.getHeaders());
		completeAllow(headers);
		if (!ErrorAudience.wantsPage(request)) {
			ProblemDetail problem = problem(e, headers, request);
			return ResponseEntity.status(error.getStatusCode())
				.headers(headers)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		// the Allow or Accept header tells what would have worked
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		return ErrorPage.of(error.getStatusCode(), null, List.of());
	}

	private ProblemDetail problem(Exception e, HttpHeaders headers, HttpServletRequest request) {
		Locale locale = ErrorAudience.problemLocale(request);
		if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
			return problems.forStatus(HttpStatus.NOT_FOUND, locale, ErrorAudience.requestedPath(request));
		}
		if (e instanceof HttpRequestMethodNotSupportedException) {
			String allowed = headers.getAllow().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
			return problems.withDetail(HttpStatus.METHOD_NOT_ALLOWED, locale,
					problems.message("problem.methodNotAllowed", locale, request.getMethod(), allowed));
		}
		return ((ErrorResponse) e).updateAndGetBody(messages, locale);
	}

	/** Spring lists the mapped methods; HEAD (wherever GET is) and OPTIONS are answered too (RFC 9110 §10.2.1). */
	private static void completeAllow(HttpHeaders headers) {
		Set<HttpMethod> allowed = new LinkedHashSet<>(headers.getAllow());
		if (allowed.isEmpty()) {
			return;
		}
		if (allowed.contains(HttpMethod.GET)) {
			allowed.add(HttpMethod.HEAD);
		}
		allowed.add(HttpMethod.OPTIONS);
		headers.setAllow(allowed);
	}
}
