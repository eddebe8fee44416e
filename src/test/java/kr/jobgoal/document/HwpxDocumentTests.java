package kr.jobgoal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
