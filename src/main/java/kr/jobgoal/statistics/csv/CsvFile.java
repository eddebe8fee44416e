package kr.jobgoal.statistics.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.shared.TextRule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded or shipped CSV file, judged by its content rather than its name: it must decode as UTF-8
 * (with or without BOM) or, as KOSIS and Excel in Korea write it, as CP949, and contain no binary data.
 *
 * @param rows the non-blank rows; row numbers are the file's line numbers (the header is row 1)
 */
public record CsvFile(String fileName, String sha256, Charset charset, List<Row> rows) {

	public static final Charset CP949 = Charset.forName("x-windows-949");

	/** commons-csv names the line of a syntax error as "(line 12)". */
	private static final Pattern PARSER_LINE = Pattern.compile("\\(line (\\d+)\\)");

	/** One CSV record, cells trimmed. */
	public record Row(int number, List<String> cells) {

		public String cell(int index) {
			return index < cells.size() ? cells.get(index) : "";
		}
	}

	/** Why the bytes are not a CSV file; the message is shown to the user. */
	public static final class NotCsvException extends Exception {

		NotCsvException(String message) {
			super(message);
		}
	}

	public static CsvFile read(String fileName, byte[] content) throws NotCsvException {
		Charset charset = StandardCharsets.UTF_8;
		Optional<String> text = decode(content, StandardCharsets.UTF_8);
		if (text.isEmpty()) {
			charset = CP949;
			text = decode(content, CP949);
		}
		if (text.isEmpty() || text.get().indexOf('\0') >= 0) {
			throw new NotCsvException("파일을 CSV 텍스트로 읽을 수 없습니다. UTF-8 또는 CP949(EUC-KR)로 저장한 CSV 파일을 올려 주세요.");
		}
		String body = text.get().startsWith("\uFEFF") ? text.get().substring(1) : text.get();
		return new CsvFile(fileName, sha256(content), charset, parse(body));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** The header row, or an empty list for a file without rows. */
	public List<String> header() {
		return rows.isEmpty() ? List.of() : rows.get(0).cells();
	}

	public List<Row> dataRows() {
		return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
	}

	private static Optional<String> decode(byte[] content, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString());
		}
		catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	private static List<Row> parse(String text) throws NotCsvException {
		// Empty lines are kept while parsing so that record numbers stay line numbers.
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		List<Row> rows = new ArrayList<>();
		try {
			for (CSVRecord record : format.parse(new StringReader(text))) {
				List<String> cells = record.stream().map(String::strip).toList();
				for (int column = 0; column < cells.size(); column++) {
					int forbidden = TextRule.forbidden(cells.get(column));
					if (forbidden >= 0) {
						// NUL and the other controls would reach the database; the file is refused as a whole
						throw new NotCsvException(record.getRecordNumber() + "행 " + (column + 1) + "번째 칸에 쓸 수 없는 제어 문자("
								+ TextRule.codePoint(forbidden) + ")가 있습니다. 그 글자를 지우고 다시 저장해 올려 주세요.");
					}
				}
				if (cells.stream().anyMatch(c -> !c.isEmpty())) {
					rows.add(new Row((int) record.getRecordNumber(), cells));
				}
			}
		}
		catch (IOException | UncheckedIOException e) {
			Matcher line = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
			throw new NotCsvException("CSV 형식이 올바르지 않습니다" + (line.find() ? " (" + line.group(1) + "행 근처)" : "")
					+ ": 큰따옴표(\")로 시작한 칸이 닫히지 않았거나 따옴표 뒤에 다른 글자가 있습니다.");
		}
		return rows;
	}
}
