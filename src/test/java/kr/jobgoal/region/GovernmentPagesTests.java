package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;

class GovernmentPagesTests extends HttpTest {

	private static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"code\">(\\d{5})</td>");

	@Test
	void theDirectoryFindsByKoreanOrEnglishNameOrCode() {
		for (String q : new String[] { "%EA%B9%80%EC%A0%9C", "gimje", "Gimje-si", "52210" }) {
			HttpResponse<String> page = get("/governments?asOf=2026-11-27&q=" + q);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(codes(page.body())).as(q).containsExactly("52210");
			assertThat(page.body()).contains("243곳 중 1곳을 찾았습니다");
		}
		assertThat(codes(get("/governments?asOf=2021-07-06&q=%EA%B9%80%EC%A0%9C").body())).containsExactly("45210");
	}

	@Test
	void anAmbiguousNameGoesWithItsParent() {
		assertThat(get("/governments/26290?asOf=2021-07-06").body()).contains("<h1 class=\"page-title\">부산광역시 남구</h1>")
			.contains("<title>부산광역시 남구 - ");
		assertThat(get("/governments/26290?asOf=2021-07-06&lang=en").body())
			.contains("<h1 class=\"page-title\">Nam-gu, Busan Metropolitan City</h1>");
		assertThat(get("/governments/45210?asOf=2021-07-06").body()).contains("<h1 class=\"page-title\">김제시</h1>");
	}

	@Test
	void theDirectoryFindsAGovernmentByACodeItHadBefore() {
		// 김제시 was 45210 until 전북특별자치도 took the 52 codes; people still search by the old code
		assertThat(codes(get("/governments?asOf=2026-11-27&q=45210").body())).containsExactly("52210");
		assertThat(codes(get("/governments?asOf=2021-07-06&q=52210").body())).containsExactly("45210");
	}

	@Test
	void theDirectoryFiltersByProvinceAndTypeOnTheDate() {
		String jeonbuk2021 = get("/governments?asOf=2021-07-06&province=45000").body();
		assertThat(codes(jeonbuk2021)).hasSize(15).startsWith("45000", "45110").contains("45210");
		assertThat(jeonbuk2021).contains("243곳 중 15곳");

		// the province's old code finds it under its new one
		assertThat(codes(get("/governments?asOf=2026-11-27&province=45000&type=city").body()))
			.containsExactly("52110", "52130", "52140", "52180", "52190", "52210");

		// a province merged away by the date is no filter that day; a code that was never a province is bad input
		assertThat(get("/governments?asOf=2026-11-27&province=29000").body()).contains("모두 243곳입니다");
		assertThat(get("/governments?province=45210").statusCode()).isEqualTo(400);
		assertThat(get("/governments?type=village").statusCode()).isEqualTo(400);
		assertThat(get("/governments?page=two").statusCode()).isEqualTo(400);
	}

	@Test
	void theDirectoryShowsTwentyAPageAndKeepsTheFilterInThePageLinks() {
		String first = get("/governments?asOf=2021-07-06&type=county").body();
		assertThat(codes(first)).hasSize(20);
		assertThat(first).contains("href=\"/governments?type=county&amp;asOf=2021-07-06&amp;page=2\"");

		String last = get("/governments?asOf=2021-07-06&type=county&page=5").body();
		assertThat(codes(last)).hasSize(2); // 82 counties
		assertThat(codes(get("/governments?asOf=2021-07-06&type=county&page=99").body())).isEqualTo(codes(last));
	}

	@Test
	void htmxGetsOnlyTheResultsAndTheCountOutOfBand() {
		HttpResponse<String> update = get("/governments?q=Gimje", "HX-Request", "true");
		assertThat(update.body()).doesNotContain("<html").doesNotContain("krds-header")
			.contains("id=\"directory-results\"")
			.contains("<p id=\"directory-count\" hx-swap-oob=\"innerHTML\">")
			.contains("<select id=\"province\" name=\"province\" class=\"krds-form-select completed\" hx-swap-oob=\"true\">");
		assertThat(codes(update.body())).containsExactly("52210");
		assertThat(update.headers().allValues("Vary")).anyMatch(v -> v.contains("HX-Request"));

		// restoring a page from htmx's history needs the whole page
		assertThat(get("/governments?q=Gimje", "HX-Request", "true", "HX-History-Restore-Request", "true").body())
			.contains("<html");
	}

	@Test
	void everyCodeGimjeHadOpensItsPage() {
		for (String code : new String[] { "45210", "52210" }) {
			String page = get("/governments/" + code + "?asOf=2026-11-27").body();
			assertThat(page).contains("<h1 class=\"page-title\">김제시</h1>").contains("Gimje-si")
				.contains("<dd class=\"code\">52210</dd>")
				.contains(">전북특별자치도</a>");
		}
		String then = get("/governments/52210?asOf=2021-07-06").body();
		assertThat(then).contains("<dd class=\"code\">45210</dd>").contains(">전라북도</a>");
		// the code history links the two periods both ways
		assertThat(then).contains("href=\"/governments/52210?asOf=2024-01-18\"")
			.contains("href=\"/governments/45210?asOf=2024-01-17\"");
	}

	@Test
	void aMetroGovernmentListsItsBasicGovernments() {
		String page = get("/governments/52000?asOf=2026-11-27").body();
		assertThat(page).contains("소속 기초자치단체").contains("모두 14곳")
			.contains("href=\"/governments/52210?asOf=2026-11-27\"");
		assertThat(get("/governments/52210").body()).doesNotContain("소속 기초자치단체");
	}

	@Test
	void anAbolishedGovernmentSaysSoAndLinksItsSuccessor() {
		String page = get("/governments/29000?asOf=2026-11-27").body();
		assertThat(page).contains("광주광역시").contains("2026-06-30에 폐지되었습니다.")
			.contains("href=\"/governments/12000?asOf=2026-07-01\"")
			.doesNotContain("소속 기초자치단체");
		assertThat(get("/governments/12000?asOf=2021-07-06").statusCode()).isEqualTo(404);
	}

	@Test
	void theGovernmentPageIsInEnglishOnRequest() {
		String page = get("/governments/45210?asOf=2021-07-06&lang=en").body();
		assertThat(page).contains("<html lang=\"en\"").contains("<h1 class=\"page-title\">Gimje-si</h1>")
			.contains("<p class=\"government-other-name\" lang=\"ko\">김제시</p>")
			.contains("Basic government").contains(">Jeollabuk-do</a>");
	}

	private static java.util.List<String> codes(String html) {
		Matcher row = ROW.matcher(html);
		java.util.List<String> codes = new java.util.ArrayList<>();
		while (row.find()) {
			codes.add(row.group(1));
		}
		return codes;
	}
}
