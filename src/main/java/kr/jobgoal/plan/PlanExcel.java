package kr.jobgoal.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.plan.PlanInput.BudgetInput;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.StrategyInput;
import kr.jobgoal.plan.PlanInput.TargetInput;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A plan as an Excel workbook in the documented template ({@code docs/plan-excel-template.md}), and back.
 * Numbers are written as numeric cells (exact up to 15 significant digits, far beyond any plan's amounts)
 * and read from the cell's stored text, never through a binary floating-point value.
 */
@Component
class PlanExcel {

	static final String TEMPLATE = "jobgoal-plan-v1";

	static final long MAX_BYTES = 1024 * 1024;

	static final int MAX_ROWS = 1000;

	static final String PLAN = "계획";

	static final String TARGETS = "목표";

	static final String STRATEGIES = "전략";

	static final String PROGRAMS = "사업";

	static final String GUIDE = "작성 안내";

	static final String KEY_TEMPLATE = "양식";

	static final String KEY_CODE = "지자체 코드";

	static final String KEY_NAME = "지자체명";

	static final String KEY_PERIOD = "계획";

	static final String KEY_VERSION = "버전";

	static final String KEY_TOTAL = "일자리 창출 목표";

	static final String KEY_DEMO = "예시 자료(데모)";

	static final List<String> PLAN_HEADER = List.of("항목", "값");

	static final List<String> TARGET_HEADER = List.of("지표 코드", "지표명", "단위", "기준값", "목표값");

	static final List<String> STRATEGY_HEADER = List.of("전략 번호", "전략 ID", "전략명");

	static final List<String> PROGRAM_HEADER = List.of("전략 번호", "사업 ID", "사업명", "사업 유형", "세부 분류", "담당 부서",
			"일자리 목표", "국비", "시도비", "시군구비", "기타", "합계");

	private static final byte[] ZIP_MAGIC = { 0x50, 0x4B, 0x03, 0x04 };

	private final PlanMessages messages;

	PlanExcel(PlanMessages messages) {
		this.messages = messages;
	}

	/** What the workbook is of, written on its first sheet. */
	record Heading(Government government, PlanPeriod period, String versionLabel, boolean demo) {
	}

	// ---- writing

	byte[] write(Heading heading, PlanContent content, Map<String, ProgramType> subCategories) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);

			XSSFSheet plan = sheet(workbook, PLAN, PLAN_HEADER, styles);
			int r = 1;
			text(plan, r++, KEY_TEMPLATE, TEMPLATE);
			text(plan, r++, KEY_CODE, heading.government().code());
			text(plan, r++, KEY_NAME, heading.government().nameKo());
			text(plan, r++, KEY_PERIOD, heading.period().slug());
			text(plan, r++, KEY_VERSION, heading.versionLabel());
			XSSFRow total = plan.createRow(r++);
			total.createCell(0).setCellValue(KEY_TOTAL);
			number(total, 1, content.jobTargetTotal(), styles);
			text(plan, r, KEY_DEMO, heading.demo() ? "예 — 생성된 예시 자료로, 실제 계획이 아닙니다." : "아니오");
			plan.setColumnWidth(0, 22 * 256);
			plan.setColumnWidth(1, 50 * 256);

			XSSFSheet targets = sheet(workbook, TARGETS, TARGET_HEADER, styles);
			for (int i = 0; i < content.targets().size(); i++) {
				PlanContent.Target t = content.targets().get(i);
				XSSFRow row = targets.createRow(i + 1);
				row.createCell(0).setCellValue(t.indicator().name());
				row.createCell(1).setCellValue(messages.label(t.indicator(), PlanMessages.KOREAN));
				row.createCell(2).setCellValue(messages.unit(t.indicator(), PlanMessages.KOREAN));
				number(row, 3, t.baselineValue(), styles);
				number(row, 4, t.targetValue(), styles);
			}
			widths(targets, 30, 24, 8, 14, 14);
			dropdown(targets, 0, Arrays.stream(Indicator.values()).map(Enum::name).toList());

			XSSFSheet strategies = sheet(workbook, STRATEGIES, STRATEGY_HEADER, styles);
			XSSFSheet programs = sheet(workbook, PROGRAMS, PROGRAM_HEADER, styles);
			int programRow = 1;
			for (int s = 0; s < content.strategies().size(); s++) {
				PlanContent.Strategy strategy = content.strategies().get(s);
				XSSFRow row = strategies.createRow(s + 1);
				row.createCell(0).setCellValue(s + 1);
				if (strategy.id() != null) {
					row.createCell(1).setCellValue(strategy.id());
				}
				row.createCell(2).setCellValue(strategy.title());
				for (PlanContent.Program p : strategy.programs()) {
					XSSFRow pr = programs.createRow(programRow++);
					pr.createCell(0).setCellValue(s + 1);
					if (p.id() != null) {
						pr.createCell(1).setCellValue(p.id());
					}
					pr.createCell(2).setCellValue(p.name());
					pr.createCell(3).setCellValue(messages.label(p.type(), PlanMessages.KOREAN));
					if (p.subCategory() != null) {
						pr.createCell(4).setCellValue(p.subCategory());
					}
					pr.createCell(5).setCellValue(p.department());
					number(pr, 6, p.jobTarget(), styles);
					number(pr, 7, p.budget().national(), styles);
					number(pr, 8, p.budget().provincial(), styles);
					number(pr, 9, p.budget().local(), styles);
					number(pr, 10, p.budget().other(), styles);
					number(pr, 11, p.budget().total(), styles);
				}
			}
			widths(strategies, 10, 10, 50);
			widths(programs, 10, 10, 36, 20, 18, 16, 12, 16, 16, 16, 16, 18);
			dropdown(programs, 3, Arrays.stream(ProgramType.values())
				.map(t -> messages.label(t, PlanMessages.KOREAN))
				.toList());
			if (!subCategories.isEmpty() && String.join(",", subCategories.keySet()).length() < 250) {
				dropdown(programs, 4, List.copyOf(subCategories.keySet()));
			}

			guide(workbook, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void guide(XSSFWorkbook workbook, Styles styles) {
		XSSFSheet guide = sheet(workbook, GUIDE, List.of("안내"), styles);
		List<String> lines = new ArrayList<>(List.of(
				"이 파일은 Jobgoal 계획 양식(" + TEMPLATE + ")입니다. 자세한 설명: docs/plan-excel-template.md",
				"‘계획’ 시트의 지자체 코드와 계획(연도 또는 term-N)은 올리는 계획과 같아야 합니다.",
				"‘목표’ 시트: 지표 코드마다 한 줄. 지표명과 단위는 참고용이며, 단위를 적으면 지표의 단위와 같아야 합니다.",
				"‘전략’ 시트: 전략 번호(1부터)와 전략명. 전략 ID는 기존 전략이면 그대로 두고, 새 전략은 비워 둡니다.",
				"‘사업’ 시트: 한 줄에 사업 하나. 전략 번호로 전략을 고릅니다. 사업 ID는 기존 사업이면 그대로, 새 사업은 비워 둡니다.",
				"금액은 원 단위 정수, 일자리 목표는 정수입니다. 합계는 비워 두어도 되며, 적으면 국비+시도비+시군구비+기타와 같아야 합니다.",
				"사업 유형은 다음 중 하나입니다:"));
		for (ProgramType type : ProgramType.values()) {
			lines.add("  " + messages.label(type, PlanMessages.KOREAN) + " (" + type.name() + ")");
		}
		lines.add("지표 코드:");
		for (Indicator indicator : Indicator.values()) {
			lines.add("  " + indicator.name() + " — " + messages.label(indicator, PlanMessages.KOREAN) + ", 단위 "
					+ messages.unit(indicator, PlanMessages.KOREAN));
		}
		lines.add("올린 파일에 오류가 하나라도 있으면 아무것도 반영되지 않고, 시트·행·열별 오류 목록이 표시됩니다.");
		for (int i = 0; i < lines.size(); i++) {
			guide.createRow(i + 1).createCell(0).setCellValue(lines.get(i));
		}
		guide.setColumnWidth(0, 120 * 256);
	}

	private static XSSFSheet sheet(XSSFWorkbook workbook, String name, List<String> header, Styles styles) {
		XSSFSheet sheet = workbook.createSheet(name);
		XSSFRow row = sheet.createRow(0);
		for (int i = 0; i < header.size(); i++) {
			XSSFCell cell = row.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static void text(XSSFSheet sheet, int row, String key, String value) {
		XSSFRow r = sheet.createRow(row);
		r.createCell(0).setCellValue(key);
		r.createCell(1).setCellValue(value);
	}

	/**
	 * A numeric cell holding the decimal's exact text: the workbook keeps numbers as text, so writing the
	 * digits themselves (not a binary float) lets the upload read back exactly what was downloaded.
	 */
	private static void number(XSSFRow row, int column, BigDecimal value, Styles styles) {
		if (value == null) {
			return;
		}
		XSSFCell cell = row.createCell(column, CellType.NUMERIC);
		cell.getCTCell().setV(value.toPlainString());
		cell.setCellStyle(value.scale() > 0 ? styles.oneDecimal : styles.whole);
	}

	private static void widths(XSSFSheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	private static void dropdown(XSSFSheet sheet, int column, List<String> values) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(values.toArray(String[]::new)),
				new CellRangeAddressList(1, MAX_ROWS, column, column));
		validation.setShowErrorBox(false);
		sheet.addValidationData(validation);
	}

	private static final class Styles {

		final CellStyle header;

		final CellStyle whole;

		final CellStyle oneDecimal;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			whole = workbook.createCellStyle();
			whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			oneDecimal = workbook.createCellStyle();
			oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
		}
	}

	// ---- reading

	/** Where a field of the plan came from in the workbook. */
	record CellAt(String sheet, int row, int column) {

		String columnLetter() {
			return CellReference.convertNumToColString(column);
		}
	}

	/** One problem of an uploaded workbook, by sheet, row and column (all 1-based as Excel shows them). */
	record Problem(String sheet, Integer row, String column, String header, String message) {
	}

	/** A workbook that cannot be used; nothing was applied. */
	static class UnreadableException extends RuntimeException {

		private final transient List<Problem> problems;

		UnreadableException(List<Problem> problems) {
			super(problems.size() + " problem(s)");
			this.problems = List.copyOf(problems);
		}

		List<Problem> problems() {
			return problems;
		}
	}

	/** The plan as typed in the workbook, and where each field came from. */
	record Upload(PlanInput input, Map<String, CellAt> cells) {

		/** The validation problems of the plan, placed on their cells. */
		List<Problem> place(List<Violation> violations, PlanMessages messages) {
			return violations.stream().map(v -> {
				String message = messages.message(v, PlanMessages.KOREAN);
				CellAt at = cells.get(v.field());
				if (at == null) {
					return new Problem(sheetOf(v.field()), null, null, null, message);
				}
				return new Problem(at.sheet(), at.row() + 1, at.columnLetter(), headerOf(at), message);
			}).toList();
		}

		private static String sheetOf(String field) {
			if (field.startsWith("targets")) {
				return TARGETS;
			}
			if (field.contains("programs")) {
				return PROGRAMS;
			}
			return field.startsWith("strategies") ? STRATEGIES : PLAN;
		}
	}

	/**
	 * Reads an uploaded workbook of the template for the given government and period. The content is checked
	 * first (size, zip/OOXML signature, sheets and headers), never the file name; then every row.
	 *
	 * @param governmentCodes every code the government has had (45210 and 52210 are both 김제시)
	 */
	Upload read(byte[] bytes, Government government, Set<String> governmentCodes, PlanPeriod period) {
		if (bytes.length == 0) {
			throw unreadable("파일이 비어 있습니다.");
		}
		if (bytes.length > MAX_BYTES) {
			throw unreadable("파일이 너무 큽니다. 1MB 이하의 계획 양식만 올릴 수 있습니다.");
		}
		if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, ZIP_MAGIC.length), ZIP_MAGIC)) {
			throw unreadable("엑셀 통합문서(.xlsx) 파일이 아닙니다. 계획 양식을 내려받아 작성한 파일을 올리세요.");
		}
		try (InputStream in = new ByteArrayInputStream(bytes); OPCPackage pkg = OPCPackage.open(in);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			return new Reader(workbook, government, governmentCodes, period).read();
		}
		catch (UnreadableException e) {
			throw e;
		}
		catch (Exception e) {
			// anything the OOXML reader refuses (not a workbook, damaged, a zip bomb) is the same answer
			throw unreadable("엑셀 통합문서(.xlsx)로 읽을 수 없는 파일입니다. 계획 양식을 내려받아 작성한 파일을 올리세요.");
		}
	}

	private static UnreadableException unreadable(String message) {
		return new UnreadableException(List.of(new Problem(null, null, null, null, message)));
	}

	private static String headerOf(CellAt at) {
		List<String> header = switch (at.sheet()) {
			case TARGETS -> TARGET_HEADER;
			case STRATEGIES -> STRATEGY_HEADER;
			case PROGRAMS -> PROGRAM_HEADER;
			default -> PLAN_HEADER;
		};
		return at.column() < header.size() ? header.get(at.column()) : null;
	}

	private final class Reader {

		private final XSSFWorkbook workbook;

		private final Government government;

		private final Set<String> governmentCodes;

		private final PlanPeriod period;

		private final List<Problem> problems = new ArrayList<>();

		private final Map<String, CellAt> cells = new HashMap<>();

		Reader(XSSFWorkbook workbook, Government government, Set<String> governmentCodes, PlanPeriod period) {
			this.workbook = workbook;
			this.government = government;
			this.governmentCodes = governmentCodes;
			this.period = period;
		}

		Upload read() {
			XSSFSheet plan = sheet(PLAN, PLAN_HEADER);
			XSSFSheet targets = sheet(TARGETS, TARGET_HEADER);
			XSSFSheet strategies = sheet(STRATEGIES, STRATEGY_HEADER);
			XSSFSheet programs = sheet(PROGRAMS, PROGRAM_HEADER);
			if (!problems.isEmpty()) {
				throw new UnreadableException(problems);
			}
			PlanInput input = new PlanInput();
			readPlan(plan, input);
			readTargets(targets, input);
			Map<String, StrategyInput> byNumber = readStrategies(strategies, input);
			readPrograms(programs, byNumber);
			if (!problems.isEmpty()) {
				throw new UnreadableException(problems);
			}
			return new Upload(input, cells);
		}

		private XSSFSheet sheet(String name, List<String> header) {
			XSSFSheet sheet = workbook.getSheet(name);
			if (sheet == null) {
				problems.add(new Problem(name, null, null, null,
						"‘" + name + "’ 시트가 없습니다. 계획 양식을 내려받아 작성하세요."));
				return null;
			}
			XSSFRow first = sheet.getRow(0);
			for (int i = 0; i < header.size(); i++) {
				String found = first == null ? "" : value(first.getCell(i));
				if (!header.get(i).equals(found)) {
					problems.add(new Problem(name, 1, CellReference.convertNumToColString(i), header.get(i),
							"머리글이 ‘" + header.get(i) + "’이어야 하는데 ‘" + found + "’입니다. 계획 양식의 머리글을 바꾸지 마세요."));
				}
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				problems.add(new Problem(name, null, null, null, "행이 너무 많습니다. 최대 " + MAX_ROWS + "행까지 읽습니다."));
			}
			return sheet;
		}

		private void readPlan(XSSFSheet sheet, PlanInput input) {
			Map<String, Integer> rows = new LinkedHashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				if (row != null && !value(row.getCell(0)).isEmpty()) {
					rows.put(value(row.getCell(0)), r);
				}
			}
			String template = planValue(sheet, rows, KEY_TEMPLATE);
			if (template != null && !TEMPLATE.equals(template)) {
				planProblem(rows, KEY_TEMPLATE, "양식이 ‘" + TEMPLATE + "’이 아닙니다. 새 계획 양식을 내려받아 작성하세요.");
			}
			String code = planValue(sheet, rows, KEY_CODE);
			if (code != null && !governmentCodes.contains(code)) {
				planProblem(rows, KEY_CODE, "다른 지자체(" + code + ")의 계획입니다. " + government.nameKo() + "("
						+ government.code() + ")의 계획만 올릴 수 있습니다.");
			}
			String slug = planValue(sheet, rows, KEY_PERIOD);
			if (slug != null && !period.slug().equals(slug)) {
				planProblem(rows, KEY_PERIOD, "다른 기간(" + slug + ")의 계획입니다. " + period.slug() + " 계획만 올릴 수 있습니다.");
			}
			Integer total = rows.get(KEY_TOTAL);
			if (total == null) {
				problems.add(new Problem(PLAN, null, "A", PLAN_HEADER.get(0), "‘" + KEY_TOTAL + "’ 행이 없습니다."));
			}
			else {
				input.setJobTargetTotal(value(sheet.getRow(total).getCell(1)));
				cells.put("jobTargetTotal", new CellAt(PLAN, total, 1));
			}
		}

		private String planValue(XSSFSheet sheet, Map<String, Integer> rows, String key) {
			Integer r = rows.get(key);
			if (r == null) {
				problems.add(new Problem(PLAN, null, "A", PLAN_HEADER.get(0), "‘" + key + "’ 행이 없습니다."));
				return null;
			}
			return value(sheet.getRow(r).getCell(1));
		}

		private void planProblem(Map<String, Integer> rows, String key, String message) {
			problems.add(new Problem(PLAN, rows.get(key) + 1, "B", PLAN_HEADER.get(1), message));
		}

		private void readTargets(XSSFSheet sheet, PlanInput input) {
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				if (blankRow(row, TARGET_HEADER.size())) {
					continue;
				}
				String path = "targets[" + input.getTargets().size() + "]";
				TargetInput t = new TargetInput();
				t.setIndicator(at(row, 0, TARGETS, path + ".indicator"));
				t.setUnit(unitCode(t.getIndicator(), at(row, 2, TARGETS, path + ".unit")));
				t.setBaselineValue(at(row, 3, TARGETS, path + ".baselineValue"));
				t.setTargetValue(at(row, 4, TARGETS, path + ".targetValue"));
				input.getTargets().add(t);
			}
		}

		private Map<String, StrategyInput> readStrategies(XSSFSheet sheet, PlanInput input) {
			Map<String, StrategyInput> byNumber = new LinkedHashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				if (blankRow(row, STRATEGY_HEADER.size())) {
					continue;
				}
				String path = "strategies[" + input.getStrategies().size() + "]";
				String number = wholeNumber(value(row.getCell(0)));
				if (number == null) {
					problems.add(problemAt(STRATEGIES, r, 0, "전략 번호는 1 이상의 정수여야 합니다."));
				}
				else if (byNumber.containsKey(number)) {
					problems.add(problemAt(STRATEGIES, r, 0, "전략 번호 " + KoreanParticles.attach(String.valueOf(number), "이") + " 두 번 있습니다."));
				}
				StrategyInput s = new StrategyInput();
				s.setId(wholeOrRaw(at(row, 1, STRATEGIES, path + ".id")));
				s.setTitle(at(row, 2, STRATEGIES, path + ".title"));
				input.getStrategies().add(s);
				if (number != null) {
					byNumber.putIfAbsent(number, s);
				}
			}
			return byNumber;
		}

		private void readPrograms(XSSFSheet sheet, Map<String, StrategyInput> byNumber) {
			List<StrategyInput> order = new ArrayList<>(byNumber.values());
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				XSSFRow row = sheet.getRow(r);
				if (blankRow(row, PROGRAM_HEADER.size())) {
					continue;
				}
				String number = wholeNumber(value(row.getCell(0)));
				StrategyInput strategy = number == null ? null : byNumber.get(number);
				if (strategy == null) {
					problems.add(problemAt(PROGRAMS, r, 0, "‘전략’ 시트에 없는 전략 번호입니다. 전략 번호를 적으세요."));
					continue;
				}
				String path = "strategies[" + order.indexOf(strategy) + "].programs[" + strategy.getPrograms().size() + "]";
				ProgramInput p = new ProgramInput();
				p.setId(wholeOrRaw(at(row, 1, PROGRAMS, path + ".id")));
				p.setName(at(row, 2, PROGRAMS, path + ".name"));
				p.setType(programType(at(row, 3, PROGRAMS, path + ".type")));
				p.setSubCategory(at(row, 4, PROGRAMS, path + ".subCategory"));
				p.setDepartment(at(row, 5, PROGRAMS, path + ".department"));
				p.setJobTarget(at(row, 6, PROGRAMS, path + ".jobTarget"));
				BudgetInput b = new BudgetInput();
				b.setNational(at(row, 7, PROGRAMS, path + ".budget.national"));
				b.setProvincial(at(row, 8, PROGRAMS, path + ".budget.provincial"));
				b.setLocal(at(row, 9, PROGRAMS, path + ".budget.local"));
				b.setOther(at(row, 10, PROGRAMS, path + ".budget.other"));
				b.setTotal(at(row, 11, PROGRAMS, path + ".budget.total"));
				p.setBudget(b);
				strategy.getPrograms().add(p);
			}
		}

		/** A unit as the indicator's code or as people write it (천명); anything else is left for the checks. */
		private String unitCode(String indicatorCode, String text) {
			for (Indicator indicator : Indicator.values()) {
				if (indicator.name().equals(indicatorCode) && messages.unit(indicator, PlanMessages.KOREAN).equals(text)) {
					return indicator.unit();
				}
			}
			return text;
		}

		/** 사업 유형 as its Korean label or its code; anything else is left for the checks to answer. */
		private String programType(String text) {
			for (ProgramType type : ProgramType.values()) {
				if (type.name().equals(text) || messages.label(type, PlanMessages.KOREAN).equals(text)) {
					return type.name();
				}
			}
			return text;
		}

		private String at(XSSFRow row, int column, String sheet, String field) {
			cells.put(field, new CellAt(sheet, row.getRowNum(), column));
			String v = value(row.getCell(column));
			return v.isEmpty() ? null : v;
		}

		private Problem problemAt(String sheet, int row, int column, String message) {
			CellAt at = new CellAt(sheet, row, column);
			return new Problem(sheet, row + 1, at.columnLetter(), headerOf(at), message);
		}
	}

	private static boolean blankRow(XSSFRow row, int columns) {
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
	static String value(XSSFCell cell) {
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
	private static String plain(String raw) {
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

	private static final int PLAIN_DIGITS = 40;

	/** 3 or 3.0 as "3"; null for anything that is not a positive whole number (checked before it is expanded). */
	private static String wholeNumber(String text) {
		NumberBound.Checked value = NumberBound.ID.parse(text);
		return value.accepted() ? value.value().toPlainString() : null;
	}

	/** An id cell: a whole number as digits, anything else as typed (the checks then report it). */
	private static String wholeOrRaw(String text) {
		if (text == null) {
			return null;
		}
		String whole = wholeNumber(text);
		return whole != null ? whole : text;
	}

}
