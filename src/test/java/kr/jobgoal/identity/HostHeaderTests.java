package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A {@code Host} (or, from a trusted proxy, an {@code X-Forwarded-Host}) of the client's choosing never reaches a
 * redirect or the OpenAPI document: with no public URL configured (as in the tests) redirects are relative and
 * the OpenAPI server is {@code /}.
 */
class HostHeaderTests extends HttpTest {

	private static final String EVIL = "Host: evil.example";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	UserAdministration administration;

	@Test
	void theLoginRedirectIsRelativeWhateverTheHost() {
		for (RawHttp.Response response : new RawHttp.Response[] {
				RawHttp.send(RawHttp.CLIENT, port, "GET", "/admin/users", EVIL),
				RawHttp.send(RawHttp.CLIENT, port, "GET", "/admin/users", EVIL, "X-Forwarded-Host: evil.example"),
				RawHttp.send(RawHttp.TRUSTED_PROXY, port, "GET", "/admin/users", "Host: jobgoal.example.kr",
						"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https") }) {
			assertThat(response.status()).isEqualTo(302);
			assertThat(response.header("Location")).contains("/login");
		}
	}

	@Test
	void afterLoginThePageAskedForAndLogoutAreRelativeRedirects() {
		TestUsers.Created user = TestUsers.create(administration, Role.MINISTRY_ADMIN, null);
		RawHttp.Response asked = RawHttp.send(RawHttp.CLIENT, port, "GET", "/admin/users", EVIL);
		String cookie = cookie(asked);
		String token = csrf(RawHttp.send(RawHttp.CLIENT, port, "GET", "/login", EVIL, "Cookie: " + cookie));
		RawHttp.Response login = RawHttp.sendWithBody(RawHttp.CLIENT, port, "POST", "/login",
				"username=" + user.username() + "&password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8)
						+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
				EVIL, "Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded");
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/admin/users"));
		String signedIn = cookie(login);
		String pageToken = csrf(RawHttp.send(RawHttp.CLIENT, port, "GET", "/login", EVIL, "Cookie: " + signedIn));
		RawHttp.Response logout = RawHttp.sendWithBody(RawHttp.CLIENT, port, "POST", "/logout",
				"_csrf=" + URLEncoder.encode(pageToken, StandardCharsets.UTF_8), EVIL, "Cookie: " + signedIn,
				"Content-Type: application/x-www-form-urlencoded");
		assertThat(logout.header("Location")).contains("/login?logout");
	}

	@Test
	void theOpenApiDocumentNamesNoHostTheClientSent() {
		for (RawHttp.Response response : new RawHttp.Response[] {
				RawHttp.send(RawHttp.CLIENT, port, "GET", "/v3/api-docs", EVIL),
				RawHttp.send(RawHttp.CLIENT, port, "GET", "/v3/api-docs", EVIL, "X-Forwarded-Host: evil.example"),
				RawHttp.send(RawHttp.TRUSTED_PROXY, port, "GET", "/v3/api-docs", "Host: jobgoal.example.kr",
						"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https") }) {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).doesNotContain("evil.example", "jobgoal.example.kr", "localhost");
			assertThat(JSON.readTree(response.body()).get("servers").get(0).get("url").asString()).isEqualTo("/");
		}
	}

	@Test
	void swaggerUiAndItsConfigurationNameNoHostEither() {
		RawHttp.Response ui = RawHttp.send(RawHttp.CLIENT, port, "GET", "/swagger-ui.html", EVIL);
		assertThat(ui.status()).isEqualTo(302);
		assertThat(ui.header("Location")).hasValueSatisfying(location -> assertThat(location).startsWith("/swagger-ui/"));
		RawHttp.Response config = RawHttp.send(RawHttp.CLIENT, port, "GET", "/v3/api-docs/swagger-config", EVIL);
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.body()).doesNotContain("evil.example");
	}

	private static String cookie(RawHttp.Response response) {
		return response.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow()
			.split(";")[0];
	}

	private static String csrf(RawHttp.Response page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1);
	}
}
