package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import kr.jobgoal.document.HwpxText;
import kr.jobgoal.support.HttpTest;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo's confirmed 2021 awards as files: 김제시's HWPX notice and the XLSX of all results, read back. */
class AwardDocumentsApiTests extends HttpTest {

	private static final String GIMJE_NOTICE = "/api/v1/awards/2021/notices/45210.hwpx";

	@Test
	void gimjesNoticeNamesItsAwardIncentivePointsAndRankAndSaysItIsDemo() {
		HttpResponse<byte[]> response = getBytes(GIMJE_NOTICE);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/hwp+zip");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename*=UTF-8''")
			.contains("45210");
		String text = HwpxText.of(response.body());
		JsonNode disclosure = JSON.readTree(get("/api/v1/evaluations/2021/governments/45210").body()).get("categories")
			.get(0);
		assertThat(text).contains("2021년 전국 지방자치단체 일자리대상 포상 통지서", "김제시", "지역일자리 목표 공시제 부문",
				"포상 등급 | 장관상 우수", "인센티브 | 70,000,000원",
				"총점 | " + disclosure.get("total").asString() + "점",
				"순위 | 시 " + disclosure.get("peerGroupSize").asInt() + "곳 중 5위", "[시연용 데이터]");
		assertThat(text).contains("김제시는 2021년");
	}

	@Test
	void theNoticeIsAPublicReadWithAnETagAndA304() {
		HttpResponse<byte[]> first = getBytes(GIMJE_NOTICE);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = get(GIMJE_NOTICE, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<byte[]> cached = getBytes(GIMJE_NOTICE);
		assertThat(cached.body()).isEqualTo(first.body());
		assertThat(cached.headers().firstValue("Content-Disposition")).isEqualTo(first.headers().firstValue("Content-Disposition"));
	}

	@Test
	void theResultsWorkbookHasOneNumericRowPerResult() throws Exception {
		HttpResponse<byte[]> response = getBytes("/api/v1/awards/2021/results.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		int results = 0;
		BigDecimal gimjeTotal = null;
		for (JsonNode group : JSON.readTree(get("/api/v1/evaluations/2021/rankings").body())) {
			results += group.get("entries").size();
			if (group.get("category").asString().equals("disclosure")) {
				for (JsonNode e : group.get("entries")) {
					if (e.get("code").asString().equals("45210")) {
						gimjeTotal = new BigDecimal(e.get("total").asString());
					}
				}
			}
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			XSSFSheet sheet = workbook.getSheet(AwardResultsWorkbook.RESULTS);
			assertThat(sheet.getLastRowNum()).as("rows below the header").isEqualTo(results);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("부문");
			XSSFRow gimje = null;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				if (row.getCell(3).getStringCellValue().equals("45210")
						&& row.getCell(0).getStringCellValue().equals("지역일자리 목표 공시제 부문")) {
					gimje = row;
				}
			}
			assertThat(gimje != null).as("김제시 row").isTrue();
			assertThat(gimje.getCell(4).getStringCellValue()).isEqualTo("김제시");
			assertThat(gimje.getCell(1).getStringCellValue()).isEqualTo("시");
			assertThat(gimje.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(gimje.getCell(2).getNumericCellValue()).isEqualTo(5);
			assertThat(gimje.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(new BigDecimal(gimje.getCell(5).getRawValue())).isEqualByComparingTo(gimjeTotal);
			assertThat(gimje.getCell(6).getStringCellValue()).isEqualTo("장관상 우수");
			assertThat(gimje.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(gimje.getCell(7).getNumericCellValue()).isEqualTo(70_000_000);
			assertThat(workbook.getSheet(AwardResultsWorkbook.ABOUT).getRow(4).getCell(1).getStringCellValue())
				.contains("[시연용 데이터]");
		}
	}

	@Test
	void theAwardsPageLinksTheWorkbookAndEachWinnersNotice() {
		String korean = get("/awards/2021").body();
		assertThat(korean).contains("href=\"/api/v1/awards/2021/results.xlsx\"", "2021년 확정 결과 전체 (XLSX)",
				"href=\"/api/v1/awards/2021/notices/45210.hwpx\"", "김제시 포상 통지서 (HWPX)");
		String english = get("/awards/2021?lang=en").body();
		assertThat(english).contains("All confirmed results of 2021 (XLSX)", "Award notice of ", "(HWPX, in Korean)");
	}

	@Test
	void anUnconfirmedYearAndANonWinnerAre404InKorean() {
		HttpResponse<String> open = get("/api/v1/awards/2022/notices/45210.hwpx");
		assertThat(open.statusCode()).isEqualTo(404);
		assertThat(open.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(open.body()).contains("확정되지 않았습니다");
		assertThat(get("/api/v1/awards/2022/results.xlsx").statusCode()).isEqualTo(404);

		Set<String> winners = new HashSet<>();
		JSON.readTree(get("/api/v1/awards/2021").body()).forEach(a -> winners.add(a.get("governmentCode").asString()));
		String loser = null;
		for (JsonNode group : JSON.readTree(get("/api/v1/evaluations/2021/rankings").body())) {
			for (JsonNode e : group.get("entries")) {
				if (!winners.contains(e.get("code").asString())) {
					loser = e.get("code").asString();
				}
			}
		}
		HttpResponse<String> none = get("/api/v1/awards/2021/notices/" + loser + ".hwpx");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("포상을 받지 않았습니다");
	}
}
