package kr.jobgoal.demo;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While demo data is stored, every response says so in the header {@code Jobgoal-Demo: true}: API answers,
 * downloads (CSV, Excel) and pages alike, refusals included, so that no client can take a figure for real
 * without being told. The header is set before anything else runs, so it is there however the answer ends.
 * JSON bodies keep the contract's names; records that are demo also say so in their own {@code demo} field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoMarkerFilter extends OncePerRequestFilter {

	static final String HEADER = "Jobgoal-Demo";

	private final DemoPresence presence;

	DemoMarkerFilter(DemoPresence presence) {
		this.presence = presence;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (presence.present()) {
			response.setHeader(HEADER, "true");
		}
		chain.doFilter(request, response);
	}
}
