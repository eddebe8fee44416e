package kr.jobgoal.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every test request comes from 127.0.0.1; a test that needs another client (login throttling counts by
 * address) names it in the {@value #HEADER} header, and the app sees it as the request's remote address, as it
 * would see a real client's or, behind a trusted proxy, the forwarded one. Test code only: the application
 * never reads this header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TestClientAddress extends OncePerRequestFilter {

	public static final String HEADER = "X-Test-Client-Address";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getHeader(HEADER);
		if (address == null) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public String getRemoteAddr() {
				return address;
			}

			@Override
			public String getRemoteHost() {
				return address;
			}
		}, response);
	}
}
