package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kr.jobgoal.shared.InvalidInputException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class EvidencePolicyTests {

	private final EvidencePolicy policy = new EvidencePolicy(DataSize.ofKilobytes(64));

	@Test
	void recognisesTheTypeByContentNotByName() {
		byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
		EvidencePolicy.EvidenceFile file = policy.check("evidence", "실적증빙.png", pdf);
		assertThat(file.type()).isEqualTo(EvidenceType.PDF);
		assertThat(file.type().mediaType()).isEqualTo("application/pdf");
		assertThat(file.fileName()).isEqualTo("실적증빙.png");
		assertThat(file.sha256()).hasSize(64);

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		assertThat(policy.check("evidence", "a.pdf", png).type()).isEqualTo(EvidenceType.PNG);
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };
		assertThat(policy.check("evidence", "사진.jpg", jpeg).type()).isEqualTo(EvidenceType.JPEG);
	}

	@Test
	void acceptsARealWorkbookButNotAnyZip() throws IOException {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("실적").createRow(0).createCell(0).setCellValue(639);
			workbook.write(xlsx);
		}
		assertThat(policy.check("evidence", "실적.xlsx", xlsx.toByteArray()).type()).isEqualTo(EvidenceType.XLSX);

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<w/>".getBytes(StandardCharsets.UTF_8));
		}
		assertThatThrownBy(() -> policy.check("evidence", "실적.xlsx", zip.toByteArray()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("받을 수 없는 형식");
	}

	@Test
	void refusesOtherContentWhateverItsName() {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
		assertThatThrownBy(() -> policy.check("files[0]", "증빙.pdf", exe)).isInstanceOfSatisfying(
				InvalidInputException.class, e -> {
					assertThat(e.getMessage()).contains("증빙.pdf").contains("PDF");
					assertThat(e.errors()).extracting(InvalidInputException.FieldProblem::field).containsExactly("files[0]");
				});
		assertThatThrownBy(() -> policy.check("evidence", "x.pdf", new byte[0])).hasMessageContaining("빈 파일");
	}

	@Test
	void refusesFilesOverTheLimit() {
		byte[] big = new byte[64 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
		assertThatThrownBy(() -> policy.check("evidence", "big.pdf", big)).hasMessageContaining("이하여야");
		assertThatThrownBy(() -> policy.checkCount("evidence", EvidencePolicy.MAX_FILES + 1))
			.hasMessageContaining(EvidencePolicy.MAX_FILES + "개");
	}

	@Test
	void namesAreReducedToASafeLastSegment() {
		assertThat(EvidencePolicy.safeName("C:\\Users\\kim\\실적\u0000.pdf", EvidenceType.PDF)).isEqualTo("실적.pdf");
		assertThat(EvidencePolicy.safeName("../../etc/passwd", EvidenceType.PDF)).isEqualTo("passwd");
		assertThat(EvidencePolicy.safeName("  ", EvidenceType.XLSX)).isEqualTo("evidence.xlsx");
		assertThat(EvidencePolicy.safeName("a\"b.pdf", EvidenceType.PDF)).isEqualTo("ab.pdf");
	}
}
