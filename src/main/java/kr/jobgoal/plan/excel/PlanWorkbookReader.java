package kr.jobgoal.plan.excel;

import static kr.jobgoal.plan.excel.PlanWorkbookLayout.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.jobgoal.plan.PlanInput.BudgetInput;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.StrategyInput;
import kr.jobgoal.plan.PlanInput.TargetInput;
import kr.jobgoal.plan.PlanInput;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.statistics.Indicator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded workbook of the template back into a plan input, with where each field came from. Numbers
 * are read from the cell's stored text, never through a binary floating-point value.
 */
@Component
public class PlanWorkbookReader {

	private static final byte[] ZIP_MAGIC = { 0x50, 0x4B, 0x03, 0x04 };

	private final PlanMessages messages;

	public PlanWorkbookReader(PlanMessages messages) {
		this.messages = messages;
	}

	/** One problem of an uploaded workbook, by sheet, row and column (all 1-based as Excel shows them). */
	public record Problem(String sheet, Integer row, String column, String header, String message) {
	}

	/** A workbook that cannot be used; nothing was applied. */
	public static class UnreadableException extends RuntimeException {

		private final transient List<Problem> problems;

		public UnreadableException(List<Problem> problems) {
			super(problems.size() + " problem(s)");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}
	}

	/** The plan as typed in the workbook, and where each field came from. */
	public record Upload(PlanInput input, Map<String, CellAt> cells) {

		/** The validation problems of the plan, placed on their cells. */
		public List<Problem> place(List<Violation> violations, PlanMessages messages) {
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
	public Upload read(byte[] bytes, Government government, Set<String> governmentCodes, PlanPeriod period) {
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
}
