package kr.jobgoal.plan.excel;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.shared.NumberBound;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * The plan workbook's template ({@code docs/plan-excel-template.md}) as the writer lays it out and the reader
 * expects it: sheet names, first-sheet keys, column headers, limits, and how a cell's content is read as text.
 */
public final class PlanWorkbookLayout {

	public static final String TEMPLATE = "jobgoal-plan-v1";

	public static final long MAX_BYTES = 1024 * 1024;

	public static final int MAX_ROWS = 1000;

	public static final String PLAN = "계획";

	public static final String TARGETS = "목표";

	public static final String STRATEGIES = "전략";

	public static final String PROGRAMS = "사업";

	public static final String GUIDE = "작성 안내";

	public static final String KEY_TEMPLATE = "양식";

	public static final String KEY_CODE = "지자체 코드";

	public static final String KEY_NAME = "지자체명";

	public static final String KEY_PERIOD = "계획";

	public static final String KEY_VERSION = "버전";

	public static final String KEY_TOTAL = "일자리 창출 목표";

	public static final String KEY_DEMO = "예시 자료(데모)";

	public static final List<String> PLAN_HEADER = List.of("항목", "값");

	public static final List<String> TARGET_HEADER = List.of("지표 코드", "지표명", "단위", "기준값", "목표값");

	public static final List<String> STRATEGY_HEADER = List.of("전략 번호", "전략 ID", "전략명");

	public static final List<String> PROGRAM_HEADER = List.of("전략 번호", "사업 ID", "사업명", "사업 유형", "세부 분류", "담당 부서",
			"일자리 목표", "국비", "시도비", "시군구비", "기타", "합계");

	private PlanWorkbookLayout() {
	}

	/** Where a field of the plan came from in the workbook. */
	public record CellAt(String sheet, int row, int column) {

		String columnLetter() {
			return CellReference.convertNumToColString(column);
		}
	}

	/** The header of the column a cell is in, or null past the template's columns. */
	public static String headerOf(CellAt at) {
		List<String> header = switch (at.sheet()) {
			case TARGETS -> TARGET_HEADER;
			case STRATEGIES -> STRATEGY_HEADER;
			case PROGRAMS -> PROGRAM_HEADER;
			default -> PLAN_HEADER;
		};
		return at.column() < header.size() ? header.get(at.column()) : null;
	}

	public static boolean blankRow(XSSFRow row, int columns) {
		if (row == null) {
			return true;
		}
		for (int i = 0; i < columns; i++) {
			if (!value(row.getCell(i)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A cell's content as text: a number exactly as stored in the file (no binary floating point: "1.35E9"
	 * becomes 1350000000, while one too long or with a huge exponent stays as stored, never expanded, for the
	 * bounds to refuse), text trimmed, a formula by its cached result.
	 */
	public static String value(XSSFCell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> {
				String raw = cell.getRawValue();
				yield raw == null ? "" : plain(raw);
			}
			case STRING -> cell.getStringCellValue().strip();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			default -> "";
		};
	}

	/** A stored number in plain digits when it has at most {@value #PLAIN_DIGITS} of them; otherwise as stored. */
	public static String plain(String raw) {
		if (raw.length() > PLAIN_DIGITS) {
			return raw;
		}
		try {
			BigDecimal value = new BigDecimal(raw);
			return Math.abs(value.scale()) <= PLAIN_DIGITS ? value.toPlainString() : raw;
		}
		catch (NumberFormatException e) {
			return raw;
		}
	}

	public static final int PLAIN_DIGITS = 40;

	/** 3 or 3.0 as "3"; null for anything that is not a positive whole number (checked before it is expanded). */
	public static String wholeNumber(String text) {
		NumberBound.Checked value = NumberBound.ID.parse(text);
		return value.accepted() ? value.value().toPlainString() : null;
	}

	/** An id cell: a whole number as digits, anything else as typed (the checks then report it). */
	public static String wholeOrRaw(String text) {
		if (text == null) {
			return null;
		}
		String whole = wholeNumber(text);
		return whole != null ? whole : text;
	}

}
