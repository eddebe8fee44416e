package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import kr.jobgoal.document.HwpxText;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The latest disclosed plan as an HWPX document, read back: the demo's 김제시 2020, and a plan disclosed here. */
class PlanDocumentApiTests extends HttpTest {

	private static final String GIMJE_2020 = "/api/v1/governments/45210/plans/2020/document.hwpx";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void gimjes2020PlanHasItsTotalsTargetsAndProgramsWithThousandsSeparators() {
		HttpResponse<byte[]> response = getBytes(GIMJE_2020);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/hwp+zip");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''")
			.contains("45210-v1.hwpx");
		String text = HwpxText.of(response.body());
		JsonNode plan = json(get("/api/v1/governments/45210/plans/2020"));
		JsonNode rate = plan.get("targets").get(0);
		assertThat(text).contains("김제시 2020년 연차별 세부계획", "[시연용 데이터]", "지자체 | 김제시 (45210)", "공시 버전 | 1",
				"일자리 창출 목표 | 3,000개", "지표 | 단위 | 기준값 | 목표값",
				"고용률(15~64세) | % | 69.4 | " + rate.get("targetValue").asString(), "취업자 수 | 천명 | 43.9 | ",
				"사업명 | 사업 유형 | 담당 부서 | 일자리 목표 | 예산 합계(원)");
		JsonNode strategy = plan.get("strategies").get(0);
		assertThat(text).contains("전략 1. " + strategy.get("title").asString());
		for (JsonNode s : plan.get("strategies")) {
			for (JsonNode p : s.get("programs")) {
				String type = p.hasNonNull("subCategory") ? " (" + p.get("subCategory").asString() + ")" : "";
				assertThat(text).contains(p.get("name").asString() + " | ")
					.contains(type + " | " + p.get("department").asString() + " | "
							+ PlanFormat.number(new BigDecimal(p.get("jobTarget").asString())) + " | "
							+ PlanFormat.number(new BigDecimal(p.get("budget").get("total").asString())));
			}
		}
		assertThat(text).contains("고용안정 선제대응 패키지 | 고용서비스");
		assertThat(text.indexOf("고용안정 선제대응 패키지 | ")).isGreaterThan(text.indexOf("전략 1. "));
		assertThat(text).containsPattern("\\| 438 \\| \\d{1,3}(,\\d{3})+\n");
		assertThat(text).contains("국비 | 시도비 | 시군구비 | 기타 | 예산 합계");
		assertThat(text.strip()).endsWith("[시연용 데이터]");
	}

	@Test
	void theNewCodeGivesTheSameDocumentUnderTheCodeOfItsYear() {
		HttpResponse<byte[]> byNewCode = getBytes("/api/v1/governments/52210/plans/2020/document.hwpx");
		assertThat(byNewCode.statusCode()).isEqualTo(200);
		assertThat(byNewCode.headers().firstValue("Content-Disposition").orElseThrow()).contains("45210-v1.hwpx");
		assertThat(HwpxText.of(byNewCode.body())).isEqualTo(HwpxText.of(getBytes(GIMJE_2020).body()));
	}

	@Test
	void theDocumentIsAPublicReadWithAnETagAndA304() {
		HttpResponse<byte[]> first = getBytes(GIMJE_2020);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
		HttpResponse<String> again = get(GIMJE_2020, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> cached = getBytes(GIMJE_2020);
		assertThat(cached.body()).isEqualTo(first.body());
		assertThat(cached.headers().firstValue("Content-Disposition"))
			.isEqualTo(first.headers().firstValue("Content-Disposition"));
	}

	@Test
	void thePlansPageLinksTheDocumentInKoreanAndEnglish() {
		assertThat(get("/governments/45210/plans/2020").body())
			.contains("href=\"/api/v1/governments/45210/plans/2020/document.hwpx\"", "한글(HWPX)로 내려받기");
		assertThat(get("/governments/45210/plans/2020?lang=en").body())
			.contains("href=\"/api/v1/governments/45210/plans/2020/document.hwpx\"", "(HWPX, in Korean)");
	}

	@Test
	void noPlanNoGovernmentAndABadPeriodAreKoreanProblems() {
		HttpResponse<String> none = get("/api/v1/governments/45210/plans/2019/document.hwpx");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(none).get("detail").asString()).contains("김제시").contains("2019년").contains("공시되지 않았습니다");
		HttpResponse<String> nobody = get("/api/v1/governments/99999/plans/2020/document.hwpx");
		assertThat(nobody.statusCode()).isEqualTo(404);
		assertThat(json(nobody).get("detail").asString()).contains("99999");
		assertThat(get("/api/v1/governments/45210/plans/twenty/document.hwpx").statusCode()).isEqualTo(400);
	}

	@Test
	void aDraftIsNeverTheDocumentAndAnAmendmentIsOnceDisclosed() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		String path = "/api/v1/governments/45210/plans/" + year;
		ObjectNode sample = (ObjectNode) JSON.valueToTree(PlanInput.of(PlanTestData.sample()));
		assertThat(sendJson("PUT", path + "/draft", sample, as("gimje", "If-None-Match", "*")).statusCode()).isEqualTo(201);
		HttpResponse<String> draftOnly = get(path + "/document.hwpx");
		assertThat(draftOnly.statusCode()).isEqualTo(404);
		assertThat(json(draftOnly).get("detail").asString()).contains("공시되지 않았습니다");

		assertThat(sendJson("POST", path + "/disclosures", Map.of(), as("gimje")).statusCode()).isEqualTo(201);
		String v1 = HwpxText.of(getBytes(path + "/document.hwpx").body());
		assertThat(v1).contains("김제시 " + year + "년 연차별 세부계획", "공시 버전 | 1", "일자리 창출 목표 | 3,000개",
				"사업별 일자리 목표의 합 | 498", "사업 예산 합계(원) | 1,800,000,000", "고용률(15~64세) | % | 70.2 | 71.0",
				"취업자 수 | 천명 | 45.3 | 46.0", "전략 1. 고용위기 선제 대응",
				"고용안정 선제대응 패키지 | 고용서비스 | 일자리경제과 | 438 | 1,350,000,000", "소계 |  |  | 438 | 1,350,000,000",
				"전략 2. 청년 일자리", "청년인턴사원제 | 고용장려금 | 일자리경제과 | 60 | 450,000,000",
				"1,500,000,000 | 200,000,000 | 100,000,000 | 0 | 1,800,000,000");
		assertThat(v1).doesNotContain("[시연용 데이터]", "변경 사유");

		ObjectNode amendment = (ObjectNode) json(get(path, "Accept", "application/json"));
		amendment.put("jobTargetTotal", "3100");
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(201);
		assertThat(HwpxText.of(getBytes(path + "/document.hwpx").body())).as("the draft of the amendment is not shown")
			.isEqualTo(v1);
		assertThat(sendJson("POST", path + "/disclosures", Map.of("reason", "추경 예산 반영"), as("gimje")).statusCode())
			.isEqualTo(201);
		HttpResponse<byte[]> v2 = getBytes(path + "/document.hwpx");
		// a year from 2024 on is filed under 김제시's new code
		assertThat(v2.headers().firstValue("Content-Disposition").orElseThrow()).contains("52210-v2.hwpx");
		assertThat(HwpxText.of(v2.body())).contains("공시 버전 | 2", "변경 사유 | 추경 예산 반영", "일자리 창출 목표 | 3,100개");
		// the document is the latest version's, so an older version's page does not offer it
		assertThat(get("/governments/52210/plans/" + year + "/versions/1").body()).doesNotContain("document.hwpx");
		assertThat(get("/governments/52210/plans/" + year + "/versions/2").body()).contains("document.hwpx");
	}

	private Map<String, String> as(String user, String... headers) {
		Map<String, String> all = new HashMap<>(ApiTokens.bearer(this, user));
		for (int i = 0; i < headers.length; i += 2) {
			all.put(headers[i], headers[i + 1]);
		}
		return all;
	}
}
