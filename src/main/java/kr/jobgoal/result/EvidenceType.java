package kr.jobgoal.result;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence file accepted, recognised by their content (magic bytes), never by the name a
 * browser sends: PDF, PNG, JPEG and Excel workbooks (XLSX, an OOXML zip holding a workbook).
 */
public enum EvidenceType {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String mediaType;

	private final String extension;

	EvidenceType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	public static Optional<EvidenceType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC) && isWorkbook(content)) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * An XLSX is a zip whose entries include {@code [Content_Types].xml} and {@code xl/workbook.xml}. Only
	 * the zip's central directory (the list of names at its end) is read, so nothing is decompressed and
	 * a zip bomb costs nothing.
	 */
	private static boolean isWorkbook(byte[] zip) {
		Set<String> names = centralDirectoryNames(zip);
		return names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml");
	}

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	private static Set<String> centralDirectoryNames(byte[] zip) {
		Set<String> names = new HashSet<>();
		int end = -1;
		// the end-of-directory record is 22 bytes plus a comment of at most 65535 bytes
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
			if (int32(zip, i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			return names;
		}
		int entries = int16(zip, end + 10);
		long offset = int32(zip, end + 16) & 0xFFFFFFFFL;
		int p = (int) Math.min(offset, zip.length);
		for (int n = 0; n < entries && p + 46 <= zip.length && int32(zip, p) == DIRECTORY_ENTRY; n++) {
			int nameLength = int16(zip, p + 28);
			int extraLength = int16(zip, p + 30);
			int commentLength = int16(zip, p + 32);
			if (p + 46 + nameLength > zip.length) {
				break;
			}
			names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
			p += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	private static int int16(byte[] b, int at) {
		return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
	}

	private static int int32(byte[] b, int at) {
		return int16(b, at) | int16(b, at + 2) << 16;
	}
}
