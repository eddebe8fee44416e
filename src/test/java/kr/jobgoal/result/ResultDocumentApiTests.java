package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import kr.jobgoal.document.HwpxText;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The results report as an HWPX document, read back: the demo's 김제시 2020 with its published figures. */
class ResultDocumentApiTests extends HttpTest {

	private static final String GIMJE_2020 = "/api/v1/governments/45210/results/2020/document.hwpx";

	@Test
	void gimjes2020ReportHasTheTotalsEachProgramsAchievementCutAndTheIndicators() {
		HttpResponse<byte[]> response = getBytes(GIMJE_2020);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/hwp+zip");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''")
			.contains("45210.hwpx");
		String text = HwpxText.of(response.body());
		JsonNode results = json(get("/api/v1/governments/45210/results/2020"));
		assertThat(text).contains("김제시 2020년 일자리 추진실적", "[시연용 데이터]", "지자체 | 김제시 (45210)",
				"기준 계획 | 2020년 연차별 세부계획 제1판", "일자리 창출 목표 | 3,000", "일자리 창출 실적 | 6,396",
				"달성률 | 213% (정확한 값 213.20%)", "세부사업 | 유형 | 목표 | 실적 | 달성률 | 예산 집행액(원)");
		// 639 of 438 is 145.89 %: cut to 145 %, not rounded to 146 %
		JsonNode pack = program(results, "고용안정 선제대응 패키지");
		assertThat(text).contains("고용안정 선제대응 패키지 | 고용서비스 | 438 | 639 | 145% | " + number(pack.get("budgetExecuted")));
		BigDecimal executed = BigDecimal.ZERO;
		for (JsonNode p : results.get("programs")) {
			assertThat(text).contains(p.get("name").asString() + " | ")
				.contains(" | " + number(p.get("jobTarget")) + " | " + number(p.get("jobsCreated")) + " | "
						+ p.get("achievement").get("display").asString() + " | " + number(p.get("budgetExecuted")));
			if (p.hasNonNull("budgetExecuted")) {
				executed = executed.add(new BigDecimal(p.get("budgetExecuted").asString()));
			}
		}
		assertThat(text).contains("예산 집행액 | " + PlanFormat.number(executed) + "원");
		assertThat(text).containsPattern("소계 \\|  \\| [\\d,]+ \\| [\\d,]+ \\| \\d+% \\|");

		JsonNode plan = json(get("/api/v1/governments/45210/plans/2020"));
		JsonNode rate = indicator(results, "EMPLOYMENT_RATE_15_64");
		assertThat(text).contains("지표 | 기준값 | 목표 | 실제 값 | 기간 | 달성 여부 | 출처",
				"고용률(15~64세) | " + plan.get("targets").get(0).get("baselineValue").asString() + "% | "
						+ rate.get("targetValue").asString() + "% | 71.0% | 2020년 하반기 | ");
		assertThat(text.strip()).endsWith("[시연용 데이터]");
	}

	@Test
	void theNewCodeGivesTheSameReportUnderTheCodeOfItsYear() {
		HttpResponse<byte[]> byNewCode = getBytes("/api/v1/governments/52210/results/2020/document.hwpx");
		assertThat(byNewCode.statusCode()).isEqualTo(200);
		assertThat(byNewCode.headers().firstValue("Content-Disposition").orElseThrow()).contains("45210.hwpx");
		assertThat(HwpxText.of(byNewCode.body())).isEqualTo(HwpxText.of(getBytes(GIMJE_2020).body()));
	}

	@Test
	void theReportIsAPublicReadWithAnETagAndA304() {
		HttpResponse<byte[]> first = getBytes(GIMJE_2020);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
		HttpResponse<String> again = get(GIMJE_2020, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(getBytes(GIMJE_2020).body()).isEqualTo(first.body());
	}

	@Test
	void theResultsPageLinksTheReportInKoreanAndEnglish() {
		assertThat(get("/governments/45210/results/2020").body())
			.contains("href=\"/api/v1/governments/45210/results/2020/document.hwpx\"", "한글(HWPX)로 내려받기",
					"href=\"/api/v1/governments/45210/results/2020\"");
		assertThat(get("/governments/45210/results/2020?lang=en").body())
			.contains("href=\"/api/v1/governments/45210/results/2020/document.hwpx\"", "(HWPX, in Korean)");
	}

	@Test
	void unknownGovernmentOrAYearWithoutPlanIsAKoreanProblem() {
		HttpResponse<String> nobody = get("/api/v1/governments/99999/results/2020/document.hwpx");
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(nobody.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		HttpResponse<String> noPlan = get("/api/v1/governments/45210/results/2015/document.hwpx");
		assertThat(noPlan.statusCode()).isEqualTo(404);
		assertThat(json(noPlan).get("detail").asString()).contains("김제시").contains("2015년").contains("공시되지 않아");
		assertThat(get("/api/v1/governments/45210/results/abc/document.hwpx").statusCode()).isEqualTo(400);
	}

	private static String number(JsonNode decimal) {
		return decimal == null || decimal.isNull() ? "–" : PlanFormat.number(new BigDecimal(decimal.asString()));
	}

	private static JsonNode program(JsonNode results, String name) {
		for (JsonNode p : results.get("programs")) {
			if (p.get("name").asString().equals(name)) {
				return p;
			}
		}
		throw new AssertionError("no program " + name);
	}

	private static JsonNode indicator(JsonNode results, String code) {
		for (JsonNode i : results.get("indicators")) {
			if (i.get("indicator").asString().equals(code)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + code);
	}
}
