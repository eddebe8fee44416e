package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatisticsApiTests extends HttpTest {

	@Test
	void oneValueInTheContractsShapeWithItsSourceAndRelease() {
		HttpResponse<String> response = get("/api/v1/statistics?indicator=EMPLOYMENT_RATE_15_64&period=2020H2&governmentCode=52210");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode values = json(response);
		assertThat(values.size()).isEqualTo(1);
		JsonNode gimje = values.get(0);
		assertThat(gimje.get("governmentCode").asString()).isEqualTo("52210");
		assertThat(gimje.get("indicator").asString()).isEqualTo("EMPLOYMENT_RATE_15_64");
		assertThat(gimje.get("period").asString()).isEqualTo("2020H2");
		assertThat(gimje.get("value").isString()).isTrue();
		assertThat(gimje.get("value").asString()).isEqualTo("71.0");
		assertThat(gimje.get("unit").asString()).isEqualTo("%");
		assertThat(gimje.get("source").asString()).isEqualTo("통계청 지역별고용조사 (KOSIS DT_1ES3A03_A01S 시군구/연령별 취업자 및 고용률)");
		assertThat(gimje.get("rseFlag").isNull()).isTrue();
		JsonNode release = gimje.get("release");
		assertThat(release.get("kind").asString()).isEqualTo("reference");
		assertThat(release.get("fileName").asString()).isEqualTo("regional-employment.csv");
		assertThat(release.get("sha256").asString()).isEqualTo("1983da61111f5bb2dc958be8393a15998568913c77368fabf996eb5e964baaea");
		assertThat(release.has("importedAt")).isTrue();
		assertThat(release.has("actor")).isFalse();
	}

	@Test
	void theCodeIsTheOneValidOnTheDateAsked() {
		String path = "/api/v1/statistics?indicator=YOUTH_EMPLOYMENT_RATE_15_29&period=2020H2&governmentCode=";
		assertThat(json(get(path + "52210")).get(0).get("governmentCode").asString()).isEqualTo("52210");
		JsonNode then = json(get(path + "52210&asOf=2021-07-06")).get(0);
		assertThat(then.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(then.get("value").asString()).isEqualTo("33.8");
		assertThat(json(get(path + "45210")).get(0).get("governmentCode").asString()).isEqualTo("52210");
	}

	@Test
	void everyGovernmentOfAPeriodWithTheWomensRateFromThePressRelease() {
		JsonNode all = json(get("/api/v1/statistics?indicator=EMPLOYMENT_RATE_15_64&period=2020H2&asOf=2021-07-06"));
		assertThat(all.size()).isEqualTo(152);
		assertThat(all.get(0).get("governmentCode").asString()).isEqualTo("41110");

		JsonNode women = json(get("/api/v1/statistics?indicator=WOMEN_EMPLOYMENT_RATE_15_PLUS&period=2020H2&asOf=2021-07-06"));
		assertThat(women.size()).isEqualTo(1);
		assertThat(women.get(0).get("governmentCode").asString()).isEqualTo("45210");
		assertThat(women.get(0).get("value").asString()).isEqualTo("55.0");
		assertThat(women.get(0).get("source").asString()).isEqualTo("김제시 보도자료 2021-07-06 (전국 지방자치단체 일자리대상 수상)");

		JsonNode flagged = json(get("/api/v1/statistics?indicator=YOUTH_EMPLOYMENT_RATE_15_29&period=2020H2&governmentCode=45790"));
		assertThat(flagged.get(0).get("rseFlag").asString()).isEqualTo("*");
	}

	@Test
	void aGovernmentsSeriesIsOrderedByIndicatorAndPeriod() {
		JsonNode series = json(get("/api/v1/statistics?governmentCode=52210&indicator=EMPLOYMENT_RATE_15_64"));
		assertThat(series.size()).isEqualTo(12);
		assertThat(series.get(0).get("period").asString()).isEqualTo("2019H1");
		assertThat(series.get(11).get("period").asString()).isEqualTo("2024H2");
	}

	@Test
	void badFiltersAreAKoreanProblemNamingEachField() {
		HttpResponse<String> response = get("/api/v1/statistics?indicator=EMPLOYMENT_RATE&period=2020H3");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("detail").asString()).contains("EMPLOYMENT_RATE").contains("2020H3");
		assertThat(problem.get("errors").size()).isEqualTo(2);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("indicator");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("없는 지표 코드");
		assertThat(problem.get("errors").get(1).get("field").asString()).isEqualTo("period");
		assertThat(problem.get("errors").get(1).get("message").asString()).contains("2020, 2020H1, 2020Q1, 2020-03");

		HttpResponse<String> unknownCode = get("/api/v1/statistics?governmentCode=99999");
		assertThat(unknownCode.statusCode()).isEqualTo(400);
		assertThat(json(unknownCode).get("errors").get(0).get("field").asString()).isEqualTo("governmentCode");

		HttpResponse<String> badDate = get("/api/v1/statistics?asOf=2021-13-01");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(json(badDate).get("errors").get(0).get("field").asString()).isEqualTo("asOf");
	}

	@Test
	void theApiIsDocumented() {
		JsonNode docs = json(get("/v3/api-docs"));
		JsonNode operation = docs.get("paths").get("/api/v1/statistics").get("get");
		assertThat(operation.get("summary").asString()).isEqualTo("공식 통계");
	}
}
