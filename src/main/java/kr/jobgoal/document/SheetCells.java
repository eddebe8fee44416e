package kr.jobgoal.document;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What every workbook the product writes shares: its header style, number formats and exact numeric cells. */
public final class SheetCells {

	private SheetCells() {
	}

	/** Bold on grey with a rule below: the first row of every data sheet. */
	public static CellStyle header(XSSFWorkbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		return header;
	}

	/** A style showing numbers in an Excel format such as {@code #,##0}. */
	public static CellStyle format(XSSFWorkbook workbook, String pattern) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
		return style;
	}

	/**
	 * A numeric cell holding the decimal's exact text: the workbook keeps numbers as text, so writing the
	 * digits themselves (not a binary float) lets a reader get back exactly what was written. Null writes nothing.
	 */
	public static void number(XSSFRow row, int column, BigDecimal value, CellStyle style) {
		if (value == null) {
			return;
		}
		XSSFCell cell = row.createCell(column, CellType.NUMERIC);
		cell.getCTCell().setV(value.toPlainString());
		cell.setCellStyle(style);
	}
}
