package kr.jobgoal.document;

import java.nio.file.Files;
import java.nio.file.Path;

import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

/** Reads an HWPX file back with hwpxlib's own reader, as 한글 would open it, and gives its text. */
public final class HwpxText {

	private HwpxText() {
	}

	/** Paragraphs on their own lines; a table's cells separated by " | ", its rows by new lines. */
	public static String of(byte[] bytes) {
		try {
			Path file = Files.createTempFile("jobgoal-", ".hwpx");
			try {
				Files.write(file, bytes);
				HWPXFile read = HWPXReader.fromFilepath(file.toString());
				return TextExtractor.extract(read, TextExtractMethod.InsertControlTextBetweenParagraphText, false,
						new TextMarks().paraSeparatorAnd("\n").lineBreakAnd("\n").tableCellSeparatorAnd(" | ")
							.tableRowSeparatorAnd("\n"));
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (Exception e) {
			throw new AssertionError("not a readable HWPX file", e);
		}
	}
}
