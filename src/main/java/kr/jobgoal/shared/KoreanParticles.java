package kr.jobgoal.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) chosen by the final consonant (받침) of the word before them: 김제시는, 대덕구가, 버전 2로,
 * 버전 3으로, 전략 1을, 버전 1과.
 * <p>
 * Messages keep the conventional double notation — {@code {0}을(를)}, {@code {0}(으)로}, {@code {0}이(가)} — and
 * {@link #resolve(String)} replaces each with the one form that fits once the arguments are in place; the site's
 * message source applies it to every message (see {@code ParticleMessageSource}), code that builds text itself calls
 * {@link #attach(String, String)}. The word before is read as a Korean reader says it: Hangul by its last syllable,
 * digits as Sino-Korean numbers (1 일, 2 이, 10 십, 100 백, 1,000 천, 10,000 만), Latin letters by their names
 * (API 에이피아이) or, for a lower-case word, by how it ends (plan 플랜); closing brackets and quotes are looked
 * through. When the word gives no reading (a symbol, nothing), the double notation stays, which is never wrong.
 */
public final class KoreanParticles {

	/** A particle's two forms: after a final consonant, after a vowel (the form after ㄹ differs only for 으로). */
	private record Pair(String afterConsonant, String afterVowel) {
	}

	private static final List<Pair> PAIRS = List.of(new Pair("은", "는"), new Pair("이", "가"), new Pair("을", "를"),
			new Pair("과", "와"), new Pair("아", "야"), new Pair("이나", "나"), new Pair("이라", "라"),
			new Pair("이며", "며"), new Pair("이다", "다"), new Pair("이에요", "예요"), new Pair("으로서", "로서"),
			new Pair("으로써", "로써"), new Pair("으로", "로"));

	/** 을(를), 를(을), 은(는), 이(가), 과(와), (으)로, (이)다, (이)나 … as messages write them. */
	private static final Pattern DOUBLE = Pattern.compile(
			"(은|는|이|가|을|를|과|와)\\((은|는|이|가|을|를|과|와)\\)|\\((으|이)\\)(로서|로써|로|다|나|라|며|에요)");

	private static final String CLOSERS = ")]}>'\"’”」』〉》）］";

	/** Final-consonant class of a reading: none, ㄹ, or another consonant. */
	private enum Final {
		NONE, RIEUL, OTHER
	}

	private KoreanParticles() {
	}

	/**
	 * {@code word} followed by the form of {@code particle} that fits it; the particle may be given in either form
	 * ("을" or "를", "으로" or "로").
	 */
	public static String attach(String word, String particle) {
		return word + after(word, particle);
	}

	/** The form of {@code particle} (either form given) that fits after {@code word}; both forms when unknown. */
	public static String after(String word, String particle) {
		Pair pair = pair(particle);
		Final last = finalOf(word);
		if (last == null) {
			return pair.afterVowel.startsWith("로") ? "(으)" + pair.afterVowel
					: pair.afterConsonant + "(" + pair.afterVowel + ")";
		}
		return choose(pair, last);
	}

	/** Replaces every double notation in {@code text} by the form that fits the text just before it. */
	public static String resolve(String text) {
		if (text == null || text.indexOf('(') < 0) {
			return text;
		}
		Matcher m = DOUBLE.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		while (m.find()) {
			out.append(text, copied, m.start());
			copied = m.end();
			String particle = m.group(1) != null ? m.group(1) : m.group(4);
			Final last = finalOf(out);
			out.append(last == null ? m.group() : choose(pair(particle), last));
		}
		out.append(text, copied, text.length());
		return out.toString();
	}

	private static String choose(Pair pair, Final last) {
		return switch (last) {
			case NONE -> pair.afterVowel;
			case RIEUL -> pair.afterVowel.startsWith("로") ? pair.afterVowel : pair.afterConsonant;
			case OTHER -> pair.afterConsonant;
		};
	}

	private static Pair pair(String particle) {
		for (Pair pair : PAIRS) {
			if (pair.afterConsonant.equals(particle) || pair.afterVowel.equals(particle)) {
				return pair;
			}
		}
		throw new IllegalArgumentException("Unknown particle: " + particle);
	}

	/** The final consonant of {@code text} as read aloud, or null when it has no reading. */
	private static Final finalOf(CharSequence text) {
		int end = text.length();
		while (end > 0 && (CLOSERS.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == ' ')) {
			end--;
		}
		if (end == 0) {
			return null;
		}
		char c = text.charAt(end - 1);
		if (c >= '가' && c <= '힣') {
			int jong = (c - '가') % 28;
			return jong == 0 ? Final.NONE : jong == 8 ? Final.RIEUL : Final.OTHER;
		}
		if (c >= '0' && c <= '9') {
			return number(text, end);
		}
		if (c == '%') {
			return Final.NONE;
		}
		if (isLatin(c)) {
			return latin(text, end);
		}
		return null;
	}

	/** Digits after a decimal point or a last non-zero digit: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구; trailing zeros: 십, 백, 천, 만, 억, 조. */
	private static Final number(CharSequence text, int end) {
		int start = end;
		while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == ',')) {
			start--;
		}
		boolean decimal = start > 0 && text.charAt(start - 1) == '.' && start > 1
				&& Character.isDigit(text.charAt(start - 2));
		String digits = text.subSequence(start, end).toString().replace(",", "");
		char last = digits.charAt(digits.length() - 1);
		if (last != '0' || decimal) {
			return switch (last) {
				case '0', '3', '6' -> Final.OTHER;
				case '1', '7', '8' -> Final.RIEUL;
				default -> Final.NONE;
			};
		}
		if (digits.replace("0", "").isEmpty()) {
			return Final.OTHER;
		}
		int zeros = digits.length() - digits.replaceFirst("0+$", "").length();
		// 십, 백, 천, 만 (to 천만), 억 (to 천억) all end in a consonant; 조 and beyond (…십조, 천조) in a vowel
		return zeros >= 12 ? Final.NONE : Final.OTHER;
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Letter names (API 에이피아이, PDF 피디에프, URL 유알엘) for capitals; a lower-case word by its ending. */
	private static Final latin(CharSequence text, int end) {
		int start = end;
		while (start > 0 && isLatin(text.charAt(start - 1))) {
			start--;
		}
		String word = text.subSequence(start, end).toString();
		char last = word.charAt(word.length() - 1);
		boolean spelled = word.length() == 1 || word.equals(word.toUpperCase());
		if (spelled) {
			return switch (Character.toLowerCase(last)) {
				case 'l', 'r' -> Final.RIEUL;
				case 'm', 'n' -> Final.OTHER;
				default -> Final.NONE;
			};
		}
		String lower = word.toLowerCase();
		if (lower.endsWith("le") || lower.endsWith("l")) {
			return Final.RIEUL;
		}
		return switch (last) {
			case 'm', 'n', 'g', 'k', 'p', 'b', 'c' -> Final.OTHER;
			default -> Final.NONE;
		};
	}
}
