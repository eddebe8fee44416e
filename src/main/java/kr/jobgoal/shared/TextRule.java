package kr.jobgoal.shared;

import java.text.Normalizer;

/**
 * What text may hold, the same for every adapter (query parameters, path variables, headers, form fields,
 * JSON strings, CSV and Excel cells):
 * <ul>
 * <li>never NUL, the other C0 control characters, DEL or the C1 controls (U+0080–U+009F): they break the
 * database, logs and displays. Tab and line breaks are the exception, and only where a field allows lines;</li>
 * <li>bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) can make shown text
 * read differently from what is stored (a name that displays reversed): they are refused in names and titles,
 * and removed from free text, whose visible characters stay as typed;</li>
 * <li>text is stored NFC-normalised (한글 typed on a Mac arrives decomposed) and without surrounding spaces,
 * and its length is counted in characters as the database counts them.</li>
 * </ul>
 * The request filter and the JSON reader apply {@link #forbidden} to everything; each field's owner then checks
 * its value with {@link #check} and the field's kind and length.
 */
public final class TextRule {

	private TextRule() {
	}

	/** What a field holds. */
	public enum Kind {
		/** A name, title, code or search term: one line, no bidirectional controls. */
		NAME,
		/** Free text (비고, 사유, 의견): lines and tabs allowed; bidirectional controls are removed. */
		TEXT
	}

	/** Why text was refused. */
	public enum Refusal {
		CONTROL_CHARACTER, LINE_BREAK, BIDI_CONTROL, TOO_LONG
	}

	/**
	 * Checked text: the value to store (null when blank) or why it was refused, with the offending character
	 * (a code point) where there is one.
	 */
	public record Checked(String value, Refusal refusal, int character) {

		public boolean accepted() {
			return refusal == null;
		}

		/** The Korean message for the field the user knows as {@code label}, e.g. {@code 비고에 쓸 수 없는 제어 문자(U+0000)가 있습니다.} */
		public String messageKo(String label, int maxLength) {
			return switch (refusal) {
				case CONTROL_CHARACTER -> label + "에 쓸 수 없는 제어 문자(" + codePoint(character) + ")가 있습니다.";
				case LINE_BREAK -> label + KoreanParticles.after(label, "은") + " 한 줄로 적어야 합니다 (줄바꿈·탭 없이).";
				case BIDI_CONTROL -> label + "에 글자 방향을 바꾸는 보이지 않는 문자(" + codePoint(character)
						+ ")를 쓸 수 없습니다.";
				case TOO_LONG -> label + KoreanParticles.after(label, "은") + " " + maxLength + "자 이하로 적으세요.";
			};
		}
	}

	/**
	 * The first character never allowed anywhere (NUL, C0 controls other than tab, CR and LF, DEL, C1, half of a
	 * surrogate pair), as a code point, or -1 when there is none. Cheap enough for every parameter of every request.
	 */
	public static int forbidden(CharSequence text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return c;
			}
			// half of a surrogate pair (a JSON escape of U+D800 alone) is no character at all
			if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
					|| Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
				return c;
			}
		}
		return -1;
	}

	/** NFC, the one form text is stored and compared in. */
	public static String normalise(String text) {
		return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * The value of a field of the given kind, NFC-normalised and stripped, at most {@code maxLength} characters
	 * (code points, as PostgreSQL counts {@code varchar(n)}); blank text is null.
	 */
	public static Checked check(String text, Kind kind, int maxLength) {
		if (text == null) {
			return new Checked(null, null, -1);
		}
		int control = forbidden(text);
		if (control >= 0) {
			return new Checked(null, Refusal.CONTROL_CHARACTER, control);
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isBidiControl(c)) {
				if (kind == Kind.NAME) {
					return new Checked(null, Refusal.BIDI_CONTROL, c);
				}
				continue;
			}
			if (c == '\r') {
				// CRLF from a browser's textarea, a lone CR from old files: one line break
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					continue;
				}
				c = '\n';
			}
			kept.append(c);
		}
		String value = normalise(kept.toString()).strip();
		if (value.isEmpty()) {
			return new Checked(null, null, -1);
		}
		if (kind == Kind.NAME && (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0)) {
			return new Checked(null, Refusal.LINE_BREAK, value.indexOf('\n') >= 0 ? '\n' : '\t');
		}
		if (value.codePointCount(0, value.length()) > maxLength) {
			return new Checked(null, Refusal.TOO_LONG, -1);
		}
		return new Checked(value, null, -1);
	}

	/** C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F). */
	static boolean isControl(char c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

	/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
	static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

	/** {@code U+0000}. */
	public static String codePoint(int c) {
		return String.format("U+%04X", c);
	}
}
