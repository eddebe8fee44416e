package kr.jobgoal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The document read back by hwpxlib's reader: title, paragraphs and the table's rows in order. */
class HwpxDocumentTests {

	@Test
	void titleParagraphsAndTableReadBack() throws Exception {
		byte[] bytes = HwpxDocument.titled("포상 통지서")
			.paragraph("첫째 문단 <&> \"따옴표\"")
			.table(List.of(new HwpxDocument.Row("지자체", "김제시"), new HwpxDocument.Row("인센티브", "70,000,000원")))
			.paragraph("끝 문단")
			.toBytes();
		String text = HwpxText.of(bytes);
		assertThat(text).contains("포상 통지서", "첫째 문단 <&> \"따옴표\"", "지자체 | 김제시", "인센티브 | 70,000,000원", "끝 문단");
		assertThat(text.indexOf("포상 통지서")).isLessThan(text.indexOf("첫째 문단"));
		assertThat(text.indexOf("김제시")).isLessThan(text.indexOf("끝 문단"));
		// the package starts with its media type, stored, as the HWPX (OCF) container requires
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry first = zip.getNextEntry();
			assertThat(first.getName()).isEqualTo("mimetype");
			assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(HwpxDocument.MEDIA_TYPE);
		}
	}

	@Test
	void aTableOfColumnsHasItsHeadingsFirstRepeatedOnEveryPageAndItsFiguresRightAligned() throws Exception {
		byte[] bytes = HwpxDocument.titled("사업별 실적")
			.table(List.of(HwpxDocument.Column.text("세부사업"), HwpxDocument.Column.figures("목표"),
					HwpxDocument.Column.figures("실적")),
					List.of(List.of("고용안정 선제대응 패키지", "438", "639"), List.of("청년 일자리", "1,200", "1,350")))
			.toBytes();
		String text = HwpxText.of(bytes);
		assertThat(text).contains("세부사업 | 목표 | 실적", "고용안정 선제대응 패키지 | 438 | 639", "청년 일자리 | 1,200 | 1,350");
		assertThat(text.indexOf("목표")).isLessThan(text.indexOf("438"));
		String header = entry(bytes, "Contents/header.xml");
		String section = entry(bytes, "Contents/section0.xml");
		assertThat(header).contains("horizontal=\"RIGHT\"");
		assertThat(section).contains("repeatHeader=\"1\"").contains("colCnt=\"3\"").contains("header=\"1\"");
	}

	@Test
	void figuresKeepTheWidthTheyNeedWhileLongTextBreaksAndTheColumnsFillTheLine() throws Exception {
		byte[] bytes = HwpxDocument.titled("세부사업")
			.table(List.of(HwpxDocument.Column.text("사업명"), HwpxDocument.Column.text("사업 유형"),
					HwpxDocument.Column.text("담당 부서"), HwpxDocument.Column.figures("일자리 목표"),
					HwpxDocument.Column.figures("예산 합계(원)")),
					List.of(List.of("청년 창업 사관학교와 지역 특화 창업 보육센터 연계 지원 사업", "고용서비스 (고용안정 지원)", "일자리경제과",
							"438", "1,350,000,000")))
			.toBytes();
		List<Long> widths = new ArrayList<>();
		Matcher cell = Pattern.compile("cellSz width=\"(\\d+)\"")
			.matcher(entry(bytes, "Contents/section0.xml"));
		while (widths.size() < 5 && cell.find()) {
			widths.add(Long.valueOf(cell.group(1)));
		}
		assertThat(widths.stream().mapToLong(Long::longValue).sum()).as("the text width of the A4 page").isEqualTo(42520);
		// 13 characters of 550 units each and the cell's margins: the amount stays on one line
		assertThat(widths.get(4)).isGreaterThanOrEqualTo(13 * 550 + 1020);
		assertThat(widths.get(0)).as("the long name takes the most room")
			.isEqualTo(widths.stream().mapToLong(Long::longValue).max().getAsLong());
	}

	@Test
	void aRowWithTooFewCellsIsRefused() {
		HwpxDocument document = HwpxDocument.titled("표");
		assertThatIllegalArgumentException().isThrownBy(() -> document.table(List.of(HwpxDocument.Column.text("가"), HwpxDocument.Column.text("나")),
					List.of(List.of("하나"))));
	}

	private static String entry(byte[] bytes, String name) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				if (e.getName().equals(name)) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no " + name);
	}
}
