package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's page over real HTTP: who may open it, and an upload as a signed-in browser sends it. */
class StatisticsImportPageTests extends HttpTest {

	private static final String PAGE = "/admin/statistics/import";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheMinistryMayOpenIt() {
		HttpResponse<String> anonymous = get(PAGE);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertThat(get(PAGE, "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).statusCode()).isEqualTo(403);
		assertThat(get(PAGE, "Authorization", "Bearer " + ApiTokens.tokenFor(this, "jeonbuk")).statusCode()).isEqualTo(403);

		HttpResponse<String> admin = get(PAGE, "Authorization", "Bearer " + ApiTokens.tokenFor(this, "admin"));
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("<h1 class=\"page-title\">통계 가져오기</h1>")
			.contains("enctype=\"multipart/form-data\"")
			.contains("name=\"_csrf\"")
			.contains("regional-employment.csv");
	}

	@Test
	void anOfficerCannotUploadEvenWithAToken() {
		long releases = releases();
		HttpResponse<String> response = send(multipart(PAGE, null, "officer.csv",
				StatisticsImportTests.csv(StatisticsImportTests.HEADER, "52210,JOBS_CREATED,2039,1,jobs,시험용 자료"))
			.header("Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"))
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(releases()).isEqualTo(releases);
	}

	@Test
	void aSignedInAdministratorUploadsWithTheFormsCsrfToken() {
		String cookie = login("admin", ApiTokens.DEMO_PASSWORD);
		String token = csrf(send(HttpRequest.newBuilder(URI.create(url(PAGE))).header("Cookie", cookie).GET().build()));
		long releases = releases();

		byte[] bad = StatisticsImportTests.csv(StatisticsImportTests.HEADER, "52210,JOBS_CREATED,2038,120,jobs,시험용 자료",
				"52210,EMPLOYMENT_RATE_15_64,2038H3,70.0,%,시험용 자료");
		HttpResponse<String> refused = send(multipart(PAGE, token, "bad.csv", bad).header("Cookie", cookie).build());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("파일을 가져오지 않았습니다")
			.contains("role=\"alert\"")
			.contains("<td>3</td>")
			.contains("<td>period</td>")
			.contains("기간 &#39;2038H3&#39;은 올바르지 않습니다");
		assertThat(releases()).isEqualTo(releases);

		assertThat(send(multipart(PAGE, null, "bad.csv", bad).header("Cookie", cookie).build()).statusCode())
			.as("a session's form post without the CSRF token").isEqualTo(403);

		byte[] good = StatisticsImportTests.csv(StatisticsImportTests.HEADER, "52210,JOBS_CREATED,2038,120,jobs,시험용 자료");
		HttpResponse<String> applied = send(multipart(PAGE, token, "good<i>.csv", good).header("Cookie", cookie).build());
		assertThat(applied.body()).contains("가져왔습니다").contains("새 값 1건").contains("good&lt;i&gt;.csv")
			.doesNotContain("good<i>");
		assertThat(releases()).isEqualTo(releases + 1);
		assertThat(jdbc.sql("select actor from statistics_release where file_name = 'good<i>.csv'").query(String.class).single())
			.isEqualTo("admin");

		HttpResponse<String> again = send(multipart(PAGE, token, "good-again.csv", good).header("Cookie", cookie).build());
		assertThat(again.body()).contains("이미 가져온 파일입니다");
		assertThat(releases()).isEqualTo(releases + 1);
	}

	@Test
	void aFileOverFiveMegabytesIsRefusedWithAKoreanMessage() {
		long releases = releases();
		byte[] large = new byte[6 * 1024 * 1024];
		Arrays.fill(large, (byte) '1');
		HttpResponse<String> response = send(multipart(PAGE, null, "large.csv", large)
			.header("Authorization", "Bearer " + ApiTokens.tokenFor(this, "admin"))
			.build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("파일을 가져오지 않았습니다").contains("5MB를 넘습니다");
		assertThat(releases()).isEqualTo(releases);
	}

	/** Signs in through the login form and returns the session cookie. */
	private String login(String username, String password) {
		HttpResponse<String> page = get("/login");
		// before sign-in the form's CSRF token is checked against a cookie, not a session
		String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf(page);
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return sessionCookie(signedIn, cookie);
	}

	private static String sessionCookie(HttpResponse<String> response, String current) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElse(current);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher m = CSRF.matcher(page.body());
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	/** A multipart/form-data post of one file, as the page's form sends it, with the CSRF field when given. */
	private HttpRequest.Builder multipart(String path, String csrf, String fileName, byte[] content) {
		String boundary = "jobgoal-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrf != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private long releases() {
		return jdbc.sql("select count(*) from statistics_release").query(Long.class).single();
	}
}
