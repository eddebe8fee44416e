package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The site search and the nationwide program search, on the demo data. */
class ProgramSearchTests extends HttpTest {

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void theSiteSearchFindsGimjeByItsOldCodeAndByName() {
		HttpResponse<String> byCode = get("/search?q=45210");
		assertThat(byCode.statusCode()).isEqualTo(200);
		assertThat(byCode.body()).contains("김제시").contains("45210").contains("value=\"45210\"");
		HttpResponse<String> byName = get("/search?q=" + q("김제"));
		assertThat(byName.body()).contains("/governments/52210").contains("value=\"김제\"");
		assertThat(get("/search?q=" + q("없는검색어없음")).body()).contains("맞는 지방자치단체가 없습니다")
			.contains("맞는 공시된 사업이 없습니다");
	}

	@Test
	void theApiFindsGimjesPackageWithItsCutAchievement() {
		HttpResponse<String> response = get("/api/v1/programs?q=" + q("고용안정 선제대응") + "&year=2020&province=45000");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode hits = json(response);
		assertThat(hits.size()).isGreaterThan(0);
		for (JsonNode hit : hits) {
			assertThat(hit.get("year").asInt()).isEqualTo(2020);
			assertThat(hit.get("name").asString()).contains("고용안정 선제대응");
		}
		assertThat(response.headers().firstValue("X-Total-Count")).isPresent();
	}

	@Test
	void pagesDoNotOverlapAndTheTotalStays() {
		JsonNode first = json(get("/api/v1/programs?numOfRows=1&pageNo=1"));
		HttpResponse<String> second = get("/api/v1/programs?numOfRows=1&pageNo=2");
		assertThat(first.size()).isEqualTo(1);
		assertThat(json(second).get(0)).isNotEqualTo(first.get(0));
	}

	@ParameterizedTest
	@CsvSource({ "pageNo=0,pageNo", "pageNo=10001,pageNo", "numOfRows=0,numOfRows", "numOfRows=101,numOfRows",
			"numOfRows=x,numOfRows", "type=BOGUS,type", "province=45210,province", "year=2011,year" })
	void outOfRangeParametersAreA400NamingThem(String parameter, String field) {
		HttpResponse<String> response = get("/api/v1/programs?" + parameter);
		assertThat(response.statusCode()).as(parameter).isEqualTo(400);
		assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void aQueryLongerThan100CharactersIsRefused() {
		String longText = "가".repeat(101);
		assertThat(get("/search?q=" + q(longText)).statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/programs?q=" + q(longText)).statusCode()).isEqualTo(400);
	}

	@Test
	void theProgramsPageFiltersByType() {
		HttpResponse<String> page = get("/programs?type=DIRECT_JOBS&year=2020");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("직접일자리").doesNotContain("<td>고용서비스</td>");
	}
}
