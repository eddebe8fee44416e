package kr.jobgoal.evaluation.award;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.jobgoal.document.SheetCells;
import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredAward;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredEntry;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Every result of a confirmed year as a workbook, in Korean: one row per government and category (부문, 비교 집단,
 * 순위, 지자체, 총점, 포상 등급, 인센티브) in ranking order, and a sheet that says what the workbook is of (and, for a
 * demo year, that it is demo data). Numbers are numeric cells holding the decimal's own digits, as the plan
 * workbook writes them.
 */
@Component
class AwardResultsWorkbook {

	static final String RESULTS = "결과";

	static final String ABOUT = "안내";

	static final List<String> HEADER = List.of("부문", "비교 집단", "순위", "지자체 코드", "지자체", "총점", "포상 등급", "인센티브(원)");

	private final AwardResults results;

	private final GovernmentDirectory directory;

	AwardResultsWorkbook(AwardResults results, GovernmentDirectory directory) {
		this.results = results;
		this.directory = directory;
	}

	/** The workbook of the year; 404 (from {@link AwardResults#confirmed}) when it is not confirmed. */
	byte[] write(int year) {
		AwardResults.Confirmed confirmed = results.confirmed(year);
		Map<String, StoredAward> awards = new HashMap<>();
		results.awards(confirmed).forEach(a -> awards.put(a.category() + "/" + a.governmentCode(), a));
		Map<String, Category> categories = new HashMap<>();
		confirmed.award().categories().forEach(c -> categories.put(c.code(), c));
		DirectorySnapshot names = directory.snapshot();
		LocalDate asOf = LocalDate.of(year - 1, 12, 31);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			XSSFSheet sheet = workbook.createSheet(RESULTS);
			XSSFRow header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				XSSFCell cell = header.createCell(i);
				cell.setCellValue(HEADER.get(i));
				cell.setCellStyle(styles.header);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (AwardResults.GroupRanking group : confirmed.rankings()) {
				Category category = categories.get(group.category());
				String peerGroup = category.peerGroups().stream().filter(g -> g.code().equals(group.peerGroup()))
					.map(AwardYear.PeerGroup::nameKo).findFirst().orElse(group.peerGroup());
				for (StoredEntry e : group.entries()) {
					XSSFRow row = sheet.createRow(r++);
					row.createCell(0).setCellValue(category.nameKo());
					row.createCell(1).setCellValue(peerGroup);
					SheetCells.number(row, 2, BigDecimal.valueOf(e.rank()), styles.whole);
					row.createCell(3).setCellValue(e.code());
					row.createCell(4).setCellValue(
							names.find(e.code(), asOf).map(g -> names.listName(g, asOf, Locale.KOREAN)).orElse(e.code()));
					SheetCells.number(row, 5, e.total().setScale(2, RoundingMode.HALF_UP), styles.points);
					StoredAward award = awards.get(group.category() + "/" + e.code());
					if (award != null) {
						row.createCell(6).setCellValue(award.tierNameKo());
						SheetCells.number(row, 7, award.incentive(), styles.whole);
					}
				}
			}
			int[] widths = { 26, 10, 8, 12, 18, 10, 14, 16 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, HEADER.size() - 1));
			about(workbook, confirmed.award(), r - 1, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void about(XSSFWorkbook workbook, AwardYear award, int rows, Styles styles) {
		XSSFSheet sheet = workbook.createSheet(ABOUT);
		List<List<String>> lines = List.of(List.of("항목", "내용"),
				List.of("자료", award.year() + "년 전국 지방자치단체 일자리대상 확정 결과 (" + award.dataYear() + "년 실적 평가)"),
				List.of("행 수", String.valueOf(rows)),
				List.of("총점", "소수 둘째 자리 반올림; 순위는 부문과 비교 집단마다 높은 총점부터 (동점은 같은 순위)"),
				List.of("시연용 데이터", award.demo() ? AwardNotices.DEMO_MARK + " 예 — 생성된 시연용 자료로, 실제 평가 결과가 아닙니다." : "아니오"));
		for (int i = 0; i < lines.size(); i++) {
			XSSFRow row = sheet.createRow(i);
			for (int c = 0; c < 2; c++) {
				XSSFCell cell = row.createCell(c);
				cell.setCellValue(lines.get(i).get(c));
				if (i == 0) {
					cell.setCellStyle(styles.header);
				}
			}
		}
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle whole;

		final CellStyle points;

		Styles(XSSFWorkbook workbook) {
			header = SheetCells.header(workbook);
			whole = SheetCells.format(workbook, "#,##0");
			points = SheetCells.format(workbook, "0.00");
		}
	}
}
