package kr.jobgoal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.RawHttp;
import org.junit.jupiter.api.Test;

/** The security headers on every kind of answer, and the session cookie's attributes, through the real stack. */
class SecurityHeadersTests extends HttpTest {

	@Test
	void pagesApiDownloadsStaticFilesAndErrorsCarryTheHeaders() {
		// pages, the login page, a redirect to it, API reads and refusals, a download, the app's own and vendored
		// files, the OpenAPI document, "not found" for pages and API, and what Tomcat rejects before the app
		for (String path : List.of("/", "/governments", "/governments/52210/plans/2020", "/login", "/admin/users",
				"/api/v1/governments", "/api/v1/governments/52210/plans/2020/draft", "/api/v1/governments.csv",
				"/css/site.css", "/js/site.js", "/vendor/htmx/htmx.min.js", "/img/logo.svg", "/v3/api-docs",
				"/no-such-page", "/api/v1/no-such-thing", "/governments/..%2f", "/api/v1/%25")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isBetween(200, 499);
			assertSiteHeaders(response.headers(), path);
		}
	}

	@Test
	void anApiErrorForAWrongMethodOrABadBodyCarriesTheHeadersToo() {
		HttpResponse<String> wrongMethod = sendJson("DELETE", "/api/v1/governments", "", Map.of());
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertSiteHeaders(wrongMethod.headers(), "DELETE /api/v1/governments");
		HttpResponse<String> badToken = sendJson("POST", "/api/v1/auth/tokens", "{", Map.of());
		assertThat(badToken.statusCode()).isEqualTo(400);
		assertSiteHeaders(badToken.headers(), "POST /api/v1/auth/tokens");
	}

	@Test
	void swaggerUiHasItsOwnPolicyOnItsPathsOnly() {
		HttpResponse<String> ui = get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		String policy = ui.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).isEqualTo(SecurityHeaders.API_DOCS_POLICY)
			.contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-eval");
		assertThat(get("/api-docs").headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.API_DOCS_POLICY);
		// the document itself is the API's, under the site's policy
		assertThat(get("/v3/api-docs").headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.SITE_POLICY);
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndNotSecureOverPlainHttp() {
		String cookie = sessionCookie(RawHttp.send(RawHttp.CLIENT, port, "GET", "/admin/users"));
		assertThat(attributes(cookie)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void behindATrustedProxyThatSaysHttpsTheCookieIsSecureAndHstsIsSent() {
		RawHttp.Response response = RawHttp.send(RawHttp.TRUSTED_PROXY, port, "GET", "/admin/users",
				"X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");
		assertThat(attributes(sessionCookie(response))).contains("HttpOnly", "SameSite=Lax", "Secure");
		assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
	}

	@Test
	void anyoneElseSayingHttpsIsIgnored() {
		RawHttp.Response response = RawHttp.send(RawHttp.CLIENT, port, "GET", "/admin/users",
				"X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.7");
		assertThat(attributes(sessionCookie(response))).doesNotContain("Secure");
		assertThat(response.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void theLanguageCookieIsHttpOnlyAndLax() {
		String cookie = get("/?lang=en").headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("jobgoal-lang="))
			.findFirst()
			.orElseThrow();
		assertThat(attributes(cookie)).contains("HttpOnly", "SameSite=Lax");
	}

	private static void assertSiteHeaders(HttpHeaders headers, String what) {
		assertThat(headers.firstValue("Content-Security-Policy")).as(what).contains(SecurityHeaders.SITE_POLICY);
		assertThat(SecurityHeaders.SITE_POLICY).contains("script-src 'self'", "style-src 'self'", "object-src 'none'",
				"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'").doesNotContain("unsafe", "*");
		assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
		assertThat(headers.firstValue("Permissions-Policy")).as(what)
			.hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
		assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
		assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).as(what).contains("same-origin");
		// the tests speak plain HTTP from an untrusted address: no HSTS
		assertThat(headers.firstValue("Strict-Transport-Security")).as(what).isEmpty();
	}

	private static String sessionCookie(RawHttp.Response response) {
		return response.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	private static List<String> attributes(String cookie) {
		return List.of(cookie.split(";\\s*"));
	}
}
