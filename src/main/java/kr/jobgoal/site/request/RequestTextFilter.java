package kr.jobgoal.site.request;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.TextRule;
import kr.jobgoal.site.error.RequestRefusal;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one check of {@link TextRule#forbidden} for everything the application reads outside a body: the path
 * (and so every path variable), every query and form parameter (names and values) and the headers it reads.
 * NUL and the other control characters would otherwise reach the database (which refuses them with an error)
 * or a log; here they are a {@code 400} naming the parameter, for every adapter and before the security
 * filters. JSON bodies get the same check in their parser ({@code JsonLimits}); each field's owner then checks
 * kind and length.
 */
public class RequestTextFilter extends OncePerRequestFilter {

	/** The headers the application or its framework reads as text. */
	static final List<String> HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.IF_MATCH,
			HttpHeaders.IF_NONE_MATCH, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.CONTENT_TYPE,
			"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port",
			"X-Forwarded-Prefix");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InvalidInputException problem;
		try {
			problem = problem(request);
		}
		catch (InvalidParameterException e) {
			// Tomcat could not read the parameters at all: a form or upload over its size, or not decodable
			int status = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
			String message = status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? "보낸 양식이나 파일이 너무 큽니다."
					: "요청의 매개변수를 읽을 수 없습니다.";
			RequestRefusal.refuse(request, response, status, new InvalidInputException(message + " 아무것도 바뀌지 않았습니다."));
			return;
		}
		if (problem != null) {
			RequestRefusal.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The first text that may not be read, as a problem on its parameter, or null. */
	public static InvalidInputException problem(HttpServletRequest request) {
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		int c = TextRule.forbidden(path);
		if (c >= 0) {
			return refused("path", "주소", c);
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			c = TextRule.forbidden(name);
			if (c >= 0) {
				return refused(shown(name), "매개변수 이름 '" + shown(name) + "'", c);
			}
			for (String value : parameter.getValue()) {
				c = TextRule.forbidden(value);
				if (c >= 0) {
					return refused(name, "'" + name + "'", c);
				}
			}
		}
		for (String header : HEADERS) {
			for (String value : Collections.list(request.getHeaders(header))) {
				c = TextRule.forbidden(value);
				if (c >= 0) {
					return refused(header, header + " 헤더", c);
				}
			}
		}
		return null;
	}

	private static InvalidInputException refused(String field, String label, int character) {
		String message = new TextRule.Checked(null, TextRule.Refusal.CONTROL_CHARACTER, character).messageKo(label, 0);
		return new InvalidInputException(message + " 아무것도 바뀌지 않았습니다.", List.of(new FieldProblem(field, message)));
	}

	/** A parameter name that holds controls, with each shown as its code point, at most 40 characters. */
	private static String shown(String name) {
		StringBuilder shown = new StringBuilder();
		name.codePoints().limit(40).forEach(cp -> {
			if (TextRule.forbidden(new String(Character.toChars(cp))) >= 0) {
				shown.append(TextRule.codePoint(cp));
			}
			else {
				shown.appendCodePoint(cp);
			}
		});
		return shown.toString();
	}
}
