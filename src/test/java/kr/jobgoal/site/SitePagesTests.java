package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.site.web.SiteLocaleResolver;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

class SitePagesTests extends HttpTest {

	private static final String HTML = "text/html";

	@Test
	void homeShowsTodaysCountsByLevelAndType() {
		JsonNode today = json(get("/api/v1/governments?asOf=" + LocalDate.now()));
		long metro = 0;
		for (JsonNode g : today) {
			metro += g.get("level").asString().equals("metro") ? 1 : 0;
		}
		HttpResponse<String> home = get("/", "Accept", HTML);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"ko\"")
			.contains("이 누리집은 대한민국 공식 전자정부 누리집입니다.")
			.contains("href=\"#main\"")
			.contains("모두 " + today.size() + "곳으로, 광역자치단체 " + metro + "곳과 기초자치단체 " + (today.size() - metro) + "곳입니다.")
			.contains("id=\"overview-table\"")
			.contains("href=\"/governments\"")
			.contains("href=\"/api-docs\"")
			.contains("행정안전부 법정동코드");
	}

	@Test
	void englishIsChosenWithLangAndRemembered() {
		HttpResponse<String> english = get("/?lang=en", "Accept", HTML);
		assertThat(english.body()).contains("<html lang=\"en\"").contains("Local governments nationwide");
		String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith(SiteLocaleResolver.COOKIE + "=en");

		HttpResponse<String> next = get("/governments", "Accept", HTML, "Cookie", cookie.split(";")[0]);
		assertThat(next.body()).contains("<html lang=\"en\"").contains("Find a local government");
		assertThat(next.body()).contains("href=\"/governments?lang=ko\"");

		assertThat(get("/?lang=ko", "Cookie", cookie.split(";")[0]).body()).contains("<html lang=\"ko\"");
	}

	@Test
	void anyOtherLanguageIsKorean() {
		assertThat(get("/?lang=fr").body()).contains("<html lang=\"ko\"").contains("전국 지방자치단체 현황");
		assertThat(get("/", "Cookie", SiteLocaleResolver.COOKIE + "=ja", "Accept-Language", "en").body())
			.contains("<html lang=\"ko\"");
	}

	@Test
	void theLanguageLinksKeepTheRestOfTheAddress() {
		String body = get("/governments?q=%EA%B9%80%EC%A0%9C&lang=ko").body();
		assertThat(body).contains("href=\"/governments?q=%EA%B9%80%EC%A0%9C&amp;lang=en\"");
	}

	@Test
	void theFontsAndStylesComeFromTheAppItself() {
		String layout = get("/").body();
		Matcher assets = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg))\"").matcher(layout);
		int count = 0;
		while (assets.find()) {
			assertThat(getBytes(assets.group(1)).statusCode()).as(assets.group(1)).isEqualTo(200);
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(5);
		assertThat(layout).doesNotContain("src=\"http").doesNotContain("href=\"//");

		String css = get("/css/site.css").body();
		// style sheets link the fonts by their content-hashed addresses
		Matcher fonts = Pattern.compile("url\\(\"/(vendor/krds/fonts/[^\"]+)\"\\)").matcher(css);
		int fontFiles = 0;
		while (fonts.find()) {
			HttpResponse<byte[]> font = getBytes("/" + fonts.group(1));
			assertThat(font.statusCode()).as(fonts.group(1)).isEqualTo(200);
			assertThat(font.body().length).isGreaterThan(10_000);
			fontFiles++;
		}
		assertThat(fontFiles).isEqualTo(6);
		assertThat(get("/vendor/krds/cdn/krds.min.css").body()).doesNotContain("https://www.krds.go.kr/");
	}

	@Test
	void anImpossibleDateIsABadRequestPageInKorean() {
		HttpResponse<String> response = get("/governments?asOf=2021-13-01", "Accept", HTML);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(HTML);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains("요청한 값이 올바르지 않습니다")
			.contains("'asOf' 값 '2021-13-01'은 올바른 날짜가 아닙니다.")
			.contains("id=\"krds-header\"");
		assertNoInternals(response);

		HttpResponse<String> page = get("/governments/45210?asOf=yesterday", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(400);
		assertNoInternals(page);
	}

	@Test
	void anUnknownGovernmentIsANotFoundPage() {
		HttpResponse<String> response = get("/governments/99999", "Accept", HTML);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(HTML);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains("페이지를 찾을 수 없습니다")
			.contains("코드 '99999'에 해당하는 지자체가");
		assertNoInternals(response);
	}

	@Test
	void aRefusedRequestIsAForbiddenPage() {
		// a form post without its CSRF token is refused by security before any controller
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url("/governments")))
			.POST(HttpRequest.BodyPublishers.ofString("q=x"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", HTML)
			.build());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("이 페이지를 이용할 권한이 없습니다").contains("id=\"krds-footer\"");
		assertNoInternals(response);
	}

	@Test
	void theErrorAddressIsNotAPageOfItsOwn() {
		// the container renders every failure there; asked for directly it does not exist
		HttpResponse<String> page = get("/error", "Accept", HTML);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("페이지를 찾을 수 없습니다").contains("<html lang=\"ko\"");
		assertNoInternals(page);
		HttpResponse<String> api = get("/error", "Accept", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(api).get("status").asInt()).isEqualTo(404);
	}

	@Test
	void errorPagesSpeakEnglishToo() {
		HttpResponse<String> response = get("/governments/99999?lang=en", "Accept", HTML);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\"").contains("Page not found").contains("Details (in Korean)");
	}

	@Test
	void theApiKeepsProblemDetails() {
		for (String path : List.of("/api/v1/governments?asOf=2021-13-01", "/api/v1/governments/99999")) {
			HttpResponse<String> response = get(path, "Accept", "application/json");
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path)
				.startsWith("application/problem+json");
			assertThat(json(response).get("detail").asString()).as(path).doesNotContain("Exception");
		}
	}

	@Test
	void anAddressNothingAnswersIsTheNotFoundPageForABrowser() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		String officer = "Bearer " + ApiTokens.tokenFor(this, "gimje");
		for (HttpResponse<String> response : List.of(get("/css/nope.css", "Accept", browser),
				get("/nope", "Accept", browser), get("/governments/45210/nope", "Accept", browser),
				get("/governments/45210/sub-categories/nope", "Accept", browser, "Authorization", officer))) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(HTML);
			assertThat(response.body()).contains("페이지를 찾을 수 없습니다").contains("id=\"krds-header\"");
			assertNoInternals(response);
		}
	}

	@Test
	void aWrongMethodIsAnErrorPageForABrowser() {
		// the sub-category removal is a form post; a browser that opens its address gets the site's page
		HttpResponse<String> response = get("/governments/45210/sub-categories/remove", "Accept", HTML,
				"Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(HTML);
		assertThat(response.headers().firstValue("Allow").orElseThrow()).contains("POST");
		assertThat(response.body()).contains("요청을 처리할 수 없습니다").contains("오류 코드 405");
		assertNoInternals(response);
	}

	@Test
	void frameworkErrorsStayProblemDetailsForTheApiAndJsonClients() {
		String officer = "Bearer " + ApiTokens.tokenFor(this, "gimje");
		HttpResponse<String> wrongMethod = get("/api/v1/governments/45210/plans/2026/disclosures", "Accept", HTML,
				"Authorization", officer);
		HttpResponse<String> noSuchAddress = get("/api/v1/admin/users/nope/nope", "Accept", HTML,
				"Authorization", "Bearer " + ApiTokens.tokenFor(this, "admin"));
		HttpResponse<String> jsonClient = get("/css/nope.css", "Accept", "application/json");
		HttpResponse<String> anyClient = get("/css/nope.css", "Accept", "*/*");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(json(wrongMethod).get("detail").asString()).isEqualTo("이 주소는 GET 요청을 받지 않습니다. 받는 방법: POST, OPTIONS.");
		for (HttpResponse<String> response : List.of(noSuchAddress, jsonClient, anyClient)) {
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(json(response).get("detail").asString()).startsWith("요청한 주소 '");
		}
		for (HttpResponse<String> response : List.of(wrongMethod, noSuchAddress, jsonClient, anyClient)) {
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("No static resource");
		}
	}

	private static void assertNoInternals(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception")
			.doesNotContain("at kr.jobgoal")
			.doesNotContain("at org.springframework")
			.doesNotContainIgnoringCase("stack")
			.doesNotContain("trace");
	}
}
