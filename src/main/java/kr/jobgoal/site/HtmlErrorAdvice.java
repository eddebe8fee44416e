package kr.jobgoal.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.UserMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Bad input and missing things on the HTML pages: the error page with the Korean message and the right
 * status, nothing changed. The JSON API's controllers never get here: the shared {@code ApiProblemHandler}
 * handles the same exceptions for them first (highest precedence) as problem+json. Ordered right after it
 * and before Boot's problem-details handler (order 0), which would answer an HTML page with JSON.
 * <p>
 * The framework's own refusals (no such address, wrong method or content type) come before any controller is
 * chosen, so the API advice does not see them: a browser gets the error page, {@code /api/**} and every
 * other client problem+json in Korean.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HtmlErrorAdvice {

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
		return ErrorPage.of(HttpStatus.BAD_REQUEST, "필수 값 '" + e.getParameterName() + "'이(가) 없습니다.", List.of());
	}

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class })
	Object framework(Exception e, HttpServletRequest request, HttpServletResponse response) {
		ErrorResponse error = (ErrorResponse) e;
		if (!wantsPage(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.getStatusCode(), apiDetail(e, request));
			problem.setTitle(error.getStatusCode().value() == HttpStatus.NOT_FOUND.value() ? "찾을 수 없음" : "잘못된 요청");
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
		}
		// the Allow or Accept header tells what would have worked
		error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		return ErrorPage.of(error.getStatusCode(), null, List.of());
	}

	/** A browser names text/html in its Accept header; API clients, scripts and tools that accept anything do not. */
	private static boolean wantsPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT))
				.stream()
				.anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype);
		}
		catch (InvalidMediaTypeException notAMediaType) {
			return false;
		}
	}

	private static String apiDetail(Exception e, HttpServletRequest request) {
		if (e instanceof HttpRequestMethodNotSupportedException method) {
			String allowed = method.getSupportedMethods() == null ? ""
					: " 가능한 방법: " + String.join(", ", method.getSupportedMethods()) + ".";
			return "이 주소는 " + request.getMethod() + " 요청을 받지 않습니다." + allowed;
		}
		if (e instanceof HttpMediaTypeNotSupportedException) {
			return "이 주소는 보낸 내용 형식(Content-Type)을 받지 않습니다.";
		}
		return "요청한 주소 '" + request.getRequestURI() + "'에 해당하는 자료가 없습니다.";
	}
}
