package kr.jobgoal.site;

import java.util.List;

import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.UserMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input and missing things on the HTML pages: the error page with the Korean message and the right
 * status, nothing changed. The JSON API's controllers never get here: the shared {@code ApiProblemHandler}
 * handles the same exceptions for them first (highest precedence) as problem+json. Ordered right after it
 * and before Boot's problem-details handler (order 0), which would answer an HTML page with JSON.
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
}
