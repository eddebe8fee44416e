package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	@Autowired
	JdbcClient jdbc;

	/**
	 * A province's programs are those of the governments that were in it in the plan's year, counted straight from
	 * the plans and the code periods valid on the plan's reference date (31 March).
	 */
	private long inProvinceThen(String code, int year) {
		return jdbc.sql("""
				with latest as (
				    select distinct on (v.plan_id) v.id, v.plan_id from plan_version v where v.status = 'DISCLOSED'
				    order by v.plan_id, v.version desc)
				select count(*) from latest l
				join plan_plan p on p.id = l.plan_id and p.kind = 'ANNUAL' and p.period = :year
				join plan_program pr on pr.version_id = l.id
				join region_government_code c on c.government_id = p.government_id
				     and c.valid_from <= make_date(p.period, 3, 31) and (c.valid_to is null or c.valid_to >= make_date(p.period, 3, 31))
				where c.code = :code or c.parent_code = :code""")
			.param("year", year)
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private long found(String province, int year) {
		return Long.parseLong(get("/api/v1/programs?numOfRows=1&year=" + year + "&province=" + province)
			.headers()
			.firstValue("X-Total-Count")
			.orElseThrow());
	}

	@Test
	void aProvinceHasTheProgramsOfTheGovernmentsInItInThePlansYear() {
		// 광주광역시 and 전라남도, abolished on 2026-07-01, with the governments they had in 2020
		long gwangju = inProvinceThen("29000", 2020);
		long jeonnam = inProvinceThen("46000", 2020);
		assertThat(gwangju).isPositive();
		assertThat(jeonnam).isPositive();
		assertThat(found("29000", 2020)).isEqualTo(gwangju);
		assertThat(found("46000", 2020)).isEqualTo(jeonnam);
		// 전남광주통합특별시 continues both: its 2020 programs are theirs, their own plans included
		assertThat(found("12000", 2020)).isEqualTo(gwangju + jeonnam);

		// 군위군 moved from 경상북도 to 대구광역시 on 2023-07-01: its 2020 programs are 경상북도's only
		assertThat(inProvinceThen("47000", 2020)).isGreaterThan(0);
		assertThat(found("47000", 2020)).isEqualTo(inProvinceThen("47000", 2020));
		assertThat(found("27000", 2020)).isEqualTo(inProvinceThen("27000", 2020));
	}
}

