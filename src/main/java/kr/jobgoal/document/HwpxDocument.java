package kr.jobgoal.document;

import java.util.ArrayList;
import java.util.List;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.RefList;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineWidth;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
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
 * A plain HWPX (한글) document: a bold title, then paragraphs and two-column tables (label, value) in the order
 * added, on the blank A4 page of hwpxlib. Text is kept as given (hwpxlib escapes it for XML). Not thread-safe: one
 * builder per document.
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

	/** One row of a table: what (the label) and its value. */
	public record Row(String label, String value) {
	}

	private sealed interface Block permits Paragraph, Rows {
	}

	private record Paragraph(String text) implements Block {
	}

	private record Rows(List<Row> rows) implements Block {
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
			blocks.add(new Rows(List.copyOf(rows)));
		}
		return this;
	}

	/** The document as the bytes of an .hwpx file. */
	public byte[] toBytes() {
		HWPXFile file = BlankFileMaker.make();
		RefList refs = file.headerXMLFile().refList();
		String titleCharacters = titleCharacters(refs);
		String cellBorders = cellBorders(refs);
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
			else if (block instanceof Rows r) {
				table(section, r.rows(), cellBorders, ids);
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

	private static Para paragraph(ParaListCore list, Ids ids) {
		Para para = list.addNewPara();
		para.id(ids.next());
		para.paraPrIDRef(BODY_PARAGRAPH);
		para.styleIDRef("0");
		para.pageBreak(false);
		para.columnBreak(false);
		para.merged(false);
		return para;
	}

	private static void text(ParaListCore list, String text, Ids ids) {
		Run run = paragraph(list, ids).addNewRun();
		run.charPrIDRef(BODY_CHARACTERS);
		run.addNewT().addText(text);
	}

	private static void table(ParaListCore section, List<Row> rows, String borders, Ids ids) {
		Run run = paragraph(section, ids).addNewRun();
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
		table.repeatHeader(false);
		table.rowCnt((short) rows.size());
		table.colCnt((short) 2);
		table.cellSpacing(0);
		table.borderFillIDRef(borders);
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
			cell(tr, 0, r, LABEL_WIDTH, rows.get(r).label(), borders, ids);
			cell(tr, 1, r, TEXT_WIDTH - LABEL_WIDTH, rows.get(r).value(), borders, ids);
		}
	}

	private static void cell(Tr tr, int column, int row, long width, String text, String borders, Ids ids) {
		Tc tc = tr.addNewTc();
		tc.name("");
		tc.header(false);
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
		text(list, text, ids);
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

	/** Ids of paragraphs and objects: unique within the document is all HWPX asks. */
	private static final class Ids {

		private long next = 1;

		String next() {
			return String.valueOf(next++);
		}
	}
}
