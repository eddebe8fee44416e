package kr.jobgoal.shared;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the errors of the JSON API into RFC 9457 problem details with a Korean {@code detail}.
 * Only REST controllers are advised; HTML pages get the site's error pages.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "찾을 수 없음", e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "잘못된 요청", e.getMessage());
		if (!e.errors().isEmpty()) {
			problem.setProperty("errors", e.errors());
		}
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String detail = UserMessages.invalidValue(e.getName(), e.getValue(), e.getRequiredType());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "잘못된 요청", detail);
		problem.setProperty("errors", List.of(new InvalidInputException.FieldProblem(e.getName(), detail)));
		return problem;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		String detail = "필수 값 '" + e.getParameterName() + "'이(가) 없습니다.";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "잘못된 요청", detail);
		problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", detail)));
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
