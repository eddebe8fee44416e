package kr.jobgoal.plan.excel;

import static kr.jobgoal.plan.excel.PlanWorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kr.jobgoal.document.SheetCells;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.Government;
import kr.jobgoal.statistics.Indicator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes a plan as a workbook of the template. Numbers are written as numeric cells (exact up to 15
 * significant digits, far beyond any plan's amounts) holding the decimal's own digits.
 */
@Component
public class PlanWorkbookWriter {

	private final PlanMessages messages;

	private final PlanWorkbookGuide guide;

	public PlanWorkbookWriter(PlanMessages messages, PlanWorkbookGuide guide) {
		this.messages = messages;
		this.guide = guide;
	}

	/** What the workbook is of, written on its first sheet. */
	public record Heading(Government government, PlanPeriod period, String versionLabel, boolean demo) {
	}

	public byte[] write(Heading heading, PlanContent content, Map<String, ProgramType> subCategories) {
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

			guideSheet(workbook, styles);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void guideSheet(XSSFWorkbook workbook, Styles styles) {
		XSSFSheet sheet = sheet(workbook, GUIDE, List.of("안내"), styles);
		List<String> lines = guide.lines();
		for (int i = 0; i < lines.size(); i++) {
			sheet.createRow(i + 1).createCell(0).setCellValue(lines.get(i));
		}
		sheet.setColumnWidth(0, 120 * 256);
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

	private static void number(XSSFRow row, int column, BigDecimal value, Styles styles) {
		if (value != null) {
			SheetCells.number(row, column, value, value.scale() > 0 ? styles.oneDecimal : styles.whole);
		}
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
			header = SheetCells.header(workbook);
			whole = SheetCells.format(workbook, "#,##0");
			oneDecimal = SheetCells.format(workbook, "#,##0.0");
		}
	}
}
