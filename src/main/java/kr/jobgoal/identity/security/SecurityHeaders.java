package kr.jobgoal.identity.security;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The headers every answer carries (pages, API, downloads, static files, error pages), listed in
 * {@code docs/security.md}. The site's pages run only the app's own script and style files: no inline script,
 * no style attribute, no eval, nothing from elsewhere. Swagger UI (springdoc's files, drawn
 * into the site's API documentation page too) gets its own policy on its paths only.
 * <p>
 * Written by the outermost filter, before anything else runs and again on every error dispatch, because some
 * answers never get past the security filters: the firewall's refusals ({@code %25}) and what Tomcat rejects
 * itself ({@code ..%2f}). Spring Security's own header writers then find the headers set and leave them.
 */
final class SecurityHeaders extends HttpFilter {

	static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

	/** ECharts and htmx set styles through the CSSOM (element.style), which style-src does not govern. */
	static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * Swagger UI inserts a style element of its own and its style sheet draws icons as data: images: inline
	 * style is allowed on its paths only. Its script stays its own files, without eval.
	 */
	static final String API_DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Powerful browser features the site never uses, refused to it and to anything it might embed. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), "
			+ "payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	/** A year; whether subdomains are covered is the operator's decision, not the app's. */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";


	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		set(response, CONTENT_SECURITY_POLICY, swaggerUi(request) ? API_DOCS_POLICY : SITE_POLICY);
		set(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		set(response, "Permissions-Policy", PERMISSIONS_POLICY);
		set(response, "X-Content-Type-Options", "nosniff");
		set(response, "X-Frame-Options", "DENY");
		set(response, "Cross-Origin-Opener-Policy", "same-origin");
		// only over TLS, which behind a proxy means a trusted proxy said so (site's TrustedProxies)
		if (request.isSecure()) {
			set(response, "Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
		chain.doFilter(request, response);
	}

	/**
	 * Where Swagger UI runs: the site's API documentation page, springdoc's own page (springdoc.swagger-ui.path)
	 * and its files; the OpenAPI document is the API's.
	 */
	static boolean swaggerUi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api-docs") || path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
	}

	private static void set(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

	/** First of all filters, on every kind of dispatch (an error page is a dispatch of its own). */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<SecurityHeaders> securityHeaders() {
			FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
			return registration;
		}
	}
}
