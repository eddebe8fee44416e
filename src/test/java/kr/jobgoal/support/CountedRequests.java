package kr.jobgoal.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** First of all filters: marks the thread of a request sent with {@link CountedStatements#HEADER}. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CountedRequests extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(CountedStatements.HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CountedStatements.begin(request.getHeader(CountedStatements.HEADER));
		try {
			chain.doFilter(request, response);
		}
		finally {
			CountedStatements.end();
		}
	}
}
