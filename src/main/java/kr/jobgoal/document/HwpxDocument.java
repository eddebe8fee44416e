package kr.jobgoal.document;

import java.util.ArrayList;
import java.util.List;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.HorizontalAlign2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineWidth;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.ParaPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.borderfill.Border;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;

/**
 * A plain HWPX (한글) document: a bold title, then paragraphs and tables in the order added, on the blank A4 page of
 * hwpxlib. A table is either label and value rows, or columns under a bold heading row that 한글 repeats on every
 * page the table runs onto, figures right-aligned. Text is kept as given (hwpxlib escapes it for XML). Not
 * thread-safe: one builder per document.
 */
public final class HwpxDocument {

	/** The media type HWPX names for itself in its {@code mimetype} entry. */
	public static final String MEDIA_TYPE = "application/hwp+zip";

	/** The blank page's text width (A4 less the margins), in HWP units. */
	private static final long TEXT_WIDTH = 42520;

	private static final long LABEL_WIDTH = 12756;

	private static final long ROW_HEIGHT = 1800;

	/** The blank file's 10 pt body characters and left-aligned body paragraphs. */
	private static final String BODY_CHARACTERS = "0";

	private static final String BODY_PARAGRAPH = "0";

	/** The narrowest and widest a column is made, in characters of its longest text (a Hangul syllable counts two). */
	private static final int NARROWEST = 6;

	private static final int WIDEST = 40;

	/** A digit or Latin letter of the 10 pt body text, a little more than half its height, in HWP units. */
	private static final long HALF_WIDTH = 550;

	/** A cell's left and right margins (510 each) and a little to spare. */
	private static final long CELL_PADDING = 1300;

	/** One row of a table: what (the label) and its value. */
	public record Row(String label, String value) {
	}

	/**
	 * A column of a table with a heading row.
	 *
	 * @param figures numbers, right-aligned so that their digits line up
	 */
	public record Column(String heading, boolean figures) {

		public static Column text(String heading) {
			return new Column(heading, false);
		}

		public static Column figures(String heading) {
			return new Column(heading, true);
		}
	}

	private sealed interface Block permits Paragraph, Grid {
	}

	private record Paragraph(String text) implements Block {
	}

	/**
	 * Rows of cells, the first the headings when {@code headed}.
	 *
	 * @param widths each column's width in HWP units, adding up to the text width
	 * @param figures which columns are right-aligned (never the heading row)
	 */
	private record Grid(List<List<String>> rows, long[] widths, boolean[] figures, boolean headed) implements Block {
	}

	private final String title;

	private final List<Block> blocks = new ArrayList<>();

	private HwpxDocument(String title) {
		this.title = title;
	}

	public static HwpxDocument titled(String title) {
		return new HwpxDocument(title);
	}

	public HwpxDocument paragraph(String text) {
		blocks.add(new Paragraph(text));
		return this;
	}

	public HwpxDocument table(List<Row> rows) {
		if (!rows.isEmpty()) {
			blocks.add(new Grid(rows.stream().map(r -> List.of(r.label(), r.value())).toList(),
					new long[] { LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH }, new boolean[2], false));
		}
		return this;
	}

	/**
	 * A table of these columns, the headings first, then one row per list of cells (as many as there are columns).
	 * Each column is as wide as its longest text asks, as far as the page allows ({@link #widths}).
	 */
	public HwpxDocument table(List<Column> columns, List<List<String>> rows) {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("표에 열이 없습니다.");
		}
		List<List<String>> all = new ArrayList<>();
		all.add(columns.stream().map(Column::heading).toList());
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"표의 행에 칸이 " + row.size() + "개 있습니다. 열은 " + columns.size() + "개입니다.");
			}
			all.add(List.copyOf(row));
		}
		boolean[] figures = new boolean[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			figures[c] = columns.get(c).figures();
		}
		blocks.add(new Grid(List.copyOf(all), widths(all, figures), figures, true));
		return this;
	}

	/**
	 * Each column's width: what its longest text needs on one line, within bounds. With room to spare every column
	 * grows by the same proportion; with too little, the narrower columns (figures, mostly) keep what they need while
	 * that is no more than an even share of what is left, and the wider ones share the rest by what they need, their
	 * text breaking over lines. The last column takes what rounding left, so that the table fills the text width.
	 */
	private static long[] widths(List<List<String>> rows, boolean[] figures) {
		int columns = figures.length;
		long[] needs = new long[columns];
		long total = 0;
		for (int c = 0; c < columns; c++) {
			int longest = NARROWEST;
			// a figure's heading may break between its words; the figures themselves should not
			for (List<String> row : figures[c] ? rows.subList(1, rows.size()) : rows) {
				longest = Math.max(longest, printedWidth(row.get(c)));
			}
			needs[c] = Math.min(WIDEST, longest) * HALF_WIDTH + CELL_PADDING;
			total += needs[c];
		}
		long[] widths = new long[columns];
		if (total <= TEXT_WIDTH) {
			for (int c = 0; c < columns; c++) {
				widths[c] = TEXT_WIDTH * needs[c] / total;
			}
		}
		else {
			List<Integer> narrowestFirst = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				narrowestFirst.add(c);
			}
			narrowestFirst.sort((a, b) -> Long.compare(needs[a], needs[b]));
			long room = TEXT_WIDTH;
			long wanted = total;
			for (int i = 0; i < columns; i++) {
				int c = narrowestFirst.get(i);
				if (needs[c] > room / (columns - i)) {
					for (int wide : narrowestFirst.subList(i, columns)) {
						widths[wide] = room * needs[wide] / wanted;
					}
					break;
				}
				widths[c] = needs[c];
				room -= needs[c];
				wanted -= needs[c];
			}
		}
		long given = 0;
		for (int c = 0; c < columns - 1; c++) {
			given += widths[c];
		}
		widths[columns - 1] = TEXT_WIDTH - given;
		return widths;
	}

	/** Hangul and other wide characters take about two columns of Latin letters and digits. */
	private static int printedWidth(String text) {
		return text.codePoints()
			.map(c -> Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 2 : 1)
			.sum();
	}

	/** The document as the bytes of an .hwpx file. */
	public byte[] toBytes() {
		HWPXFile file = BlankFileMaker.make();
		RefList refs = file.headerXMLFile().refList();
		String titleCharacters = titleCharacters(refs);
		Looks looks = new Looks(headingCharacters(refs), rightAligned(refs), cellBorders(refs));
		SectionXMLFile section = file.sectionXMLFileList().get(0);
		Ids ids = new Ids();
		// the blank page's one paragraph holds the section's settings; the title goes there, in its own characters
		Run first = section.getPara(0).getRun(0);
		first.charPrIDRef(titleCharacters);
		firstText(first).addText(title);
		for (Block block : blocks) {
			if (block instanceof Paragraph p) {
				text(section, p.text(), ids);
			}
			else if (block instanceof Grid g) {
				table(section, g, looks, ids);
			}
		}
		try {
			return HWPXWriter.toBytes(file);
		}
		catch (Exception e) {
			// hwpxlib declares Exception; writing to memory fails only on a bug, never on the reader's input
			throw new IllegalStateException("HWPX 문서를 만들지 못했습니다.", e);
		}
	}

	private static T firstText(Run run) {
		for (RunItem item : run.runItems()) {
			if (item instanceof T t) {
				return t;
			}
		}
		return run.addNewT();
	}

	/** Bold 16 pt, made from the body characters. */
	private static String titleCharacters(RefList refs) {
		CharPr body = refs.charProperties().get(0);
		CharPr title = body.clone();
		String id = String.valueOf(refs.charProperties().count());
		title.id(id);
		title.height(1600);
		title.createBold();
		refs.charProperties().add(title);
		return id;
	}

	/** Bold body characters, for a table's headings. */
	private static String headingCharacters(RefList refs) {
		CharPr heading = refs.charProperties().get(0).clone();
		String id = String.valueOf(refs.charProperties().count());
		heading.id(id);
		heading.createBold();
		refs.charProperties().add(heading);
		return id;
	}

	/** The body paragraph aligned right, for figures. */
	private static String rightAligned(RefList refs) {
		ParaPr right = refs.paraProperties().get(Integer.parseInt(BODY_PARAGRAPH)).clone();
		String id = String.valueOf(refs.paraProperties().count());
		right.id(id);
		right.align().horizontal(HorizontalAlign2.RIGHT);
		refs.paraProperties().add(right);
		return id;
	}

	/** Thin solid lines on all four sides of a cell (the blank file has only borderless fills). */
	private static String cellBorders(RefList refs) {
		BorderFill plain = refs.borderFills().get(0);
		BorderFill lined = plain.clone();
		String id = String.valueOf(refs.borderFills().count() + 1);
		lined.id(id);
		for (Border border : List.of(lined.leftBorder(), lined.rightBorder(), lined.topBorder(), lined.bottomBorder())) {
			border.type(LineType2.SOLID);
			border.width(LineWidth.MM_0_12);
			border.color("#000000");
		}
		refs.borderFills().add(lined);
		return id;
	}

	private static Para paragraph(ParaListCore list, String paragraphLook, Ids ids) {
		Para para = list.addNewPara();
		para.id(ids.next());
		para.paraPrIDRef(paragraphLook);
		para.styleIDRef("0");
		para.pageBreak(false);
		para.columnBreak(false);
		para.merged(false);
		return para;
	}

	private static void text(ParaListCore list, String text, Ids ids) {
		text(list, text, BODY_PARAGRAPH, BODY_CHARACTERS, ids);
	}

	private static void text(ParaListCore list, String text, String paragraphLook, String characters, Ids ids) {
		Run run = paragraph(list, paragraphLook, ids).addNewRun();
		run.charPrIDRef(characters);
		run.addNewT().addText(text);
	}

	private static void table(ParaListCore section, Grid grid, Looks looks, Ids ids) {
		List<List<String>> rows = grid.rows();
		Run run = paragraph(section, BODY_PARAGRAPH, ids).addNewRun();
		run.charPrIDRef(BODY_CHARACTERS);
		Table table = run.addNewTable();
		table.id(ids.next());
		table.zOrder(0);
		table.numberingType(NumberingType.TABLE);
		table.textWrap(TextWrapMethod.TOP_AND_BOTTOM);
		table.textFlow(TextFlowSide.BOTH_SIDES);
		table.lock(false);
		table.dropcapstyle(DropCapStyle.None);
		table.pageBreak(TablePageBreak.CELL);
		// a long table runs onto the next page with its headings again
		table.repeatHeader(grid.headed());
		table.rowCnt((short) rows.size());
		table.colCnt((short) grid.widths().length);
		table.cellSpacing(0);
		table.borderFillIDRef(looks.borders());
		table.noAdjust(false);
		table.createSZ();
		table.sz().width(TEXT_WIDTH);
		table.sz().widthRelTo(WidthRelTo.ABSOLUTE);
		table.sz().height(ROW_HEIGHT * rows.size());
		table.sz().heightRelTo(HeightRelTo.ABSOLUTE);
		table.sz().protect(false);
		table.createPos();
		// as a character of its paragraph: it flows with the text like a line of it
		table.pos().treatAsChar(true);
		table.pos().affectLSpacing(false);
		table.pos().flowWithText(true);
		table.pos().allowOverlap(false);
		table.pos().holdAnchorAndSO(false);
		table.pos().vertRelTo(VertRelTo.PARA);
		table.pos().horzRelTo(HorzRelTo.COLUMN);
		table.pos().vertAlign(VertAlign.TOP);
		table.pos().horzAlign(HorzAlign.LEFT);
		table.pos().vertOffset(0L);
		table.pos().horzOffset(0L);
		table.createOutMargin();
		table.outMargin().set(283L, 283L, 283L, 283L);
		table.createInMargin();
		table.inMargin().set(510L, 510L, 141L, 141L);
		for (int r = 0; r < rows.size(); r++) {
			Tr tr = table.addNewTr();
			boolean heading = grid.headed() && r == 0;
			for (int c = 0; c < grid.widths().length; c++) {
				String paragraphLook = !heading && grid.figures()[c] ? looks.rightAligned() : BODY_PARAGRAPH;
				String characters = heading ? looks.headingCharacters() : BODY_CHARACTERS;
				cell(tr, c, r, grid.widths()[c], heading, rows.get(r).get(c), paragraphLook, characters, looks.borders(),
						ids);
			}
		}
	}

	private static void cell(Tr tr, int column, int row, long width, boolean heading, String text, String paragraphLook,
			String characters, String borders, Ids ids) {
		Tc tc = tr.addNewTc();
		tc.name("");
		tc.header(heading);
		tc.hasMargin(false);
		tc.protect(false);
		tc.editable(false);
		tc.dirty(false);
		tc.borderFillIDRef(borders);
		tc.createSubList();
		SubList list = tc.subList();
		list.id("");
		list.textDirection(TextDirection.HORIZONTAL);
		list.lineWrap(LineWrapMethod.BREAK);
		list.vertAlign(VerticalAlign2.CENTER);
		list.linkListIDRef("0");
		list.linkListNextIDRef("0");
		list.textWidth(0);
		list.textHeight(0);
		list.hasTextRef(false);
		list.hasNumRef(false);
		text(list, text, paragraphLook, characters, ids);
		tc.createCellAddr();
		tc.cellAddr().colAddr((short) column);
		tc.cellAddr().rowAddr((short) row);
		tc.createCellSpan();
		tc.cellSpan().colSpan((short) 1);
		tc.cellSpan().rowSpan((short) 1);
		tc.createCellSz();
		tc.cellSz().width(width);
		tc.cellSz().height(ROW_HEIGHT);
		tc.createCellMargin();
		tc.cellMargin().set(510L, 510L, 141L, 141L);
	}

	/** The ids of the characters, paragraph look and borders a table's cells refer to. */
	private record Looks(String headingCharacters, String rightAligned, String borders) {
	}

	/** Ids of paragraphs and objects: unique within the document is all HWPX asks. */
	private static final class Ids {

		private long next = 1;

		String next() {
			return String.valueOf(next++);
		}
	}
}
