package kr.jobgoal.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's {@code /error} for browsers (403 from security, 500 from a failure, anything the application did
 * not handle itself) renders the site's error page. Only the status is shown: Boot's message and trace are
 * switched off in application.properties and the template never prints them.
 */
@Component
class SiteErrorViewResolver implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return ErrorPage.of(status, null, List.of());
	}
}
