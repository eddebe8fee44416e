package kr.jobgoal.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The declared range and scale of one kind of number in the field's terms: whole persons and jobs, won,
 * rates in percent, thousands of persons as 통계청 publishes them. Every adapter (JSON, forms, Excel, CSV)
 * checks a number against its bound while parsing, with cheap operations only: the length of the text before
 * it is parsed, and the digits and scale of a parsed {@link BigDecimal} before it is ever expanded (the
 * plain text of {@code 1e999999999} would need a gigabyte). The database columns have the same bounds.
 *
 * @param unitKo how the Korean messages write the unit after a number ({@code 명}, {@code 원}, {@code %}); may be empty
 * @param scale the most decimals a value may have; accepted values are returned with exactly this scale
 * @param minimum the smallest value allowed
 * @param maximum the largest value allowed
 */
public record NumberBound(String unitKo, int scale, BigDecimal minimum, BigDecimal maximum) {

	/** People and jobs (취업자 수, 일자리 목표, 창출 실적): whole numbers 0..10⁹. */
	public static final NumberBound PERSONS = new NumberBound("", 0, BigDecimal.ZERO, new BigDecimal("1000000000"));

	/** Money in won (예산, 집행액, 인센티브): whole numbers 0..10¹⁵ (1,000조 원, above any budget in Korea). */
	public static final NumberBound WON = new NumberBound("원", 0, BigDecimal.ZERO, new BigDecimal("1000000000000000"));

	/** Rates in percent (고용률, 실업률): one decimal, 0–100, as 지역별고용조사 publishes them. */
	public static final NumberBound RATE = new NumberBound("%", 1, BigDecimal.ZERO, new BigDecimal("100.0"));

	/**
	 * Persons in thousands (취업자 수, 상용근로자 수 as published, e.g. 47.9): one decimal, 0–100,000.0 (10⁸
	 * persons; all of Korea employs about 29 million).
	 */
	public static final NumberBound THOUSAND_PERSONS = new NumberBound("천 명", 1, BigDecimal.ZERO,
			new BigDecimal("100000.0"));

	/** A record's id as clients send it back (사업 ID, 실적 ID): a whole number 1..10¹⁸. */
	public static final NumberBound ID = new NumberBound("", 0, BigDecimal.ONE, new BigDecimal("1000000000000000000"));

	/**
	 * Typed numbers: an optional sign, digits with optional thousands separators, an optional decimal part and
	 * an optional exponent (Excel stores 1.35E9; the bound is checked before the value is ever expanded).
	 */
	private static final Pattern TYPED = Pattern
		.compile("[-+]?((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,9})?");

	/** Leading zeros and spaces a person may type beyond the digits that count. */
	private static final int SLACK = 10;

	public NumberBound {
		if (scale < 0 || minimum.compareTo(maximum) > 0) {
			throw new IllegalArgumentException("a bound needs scale >= 0 and minimum <= maximum");
		}
	}

	/** Why a value was refused. */
	public enum Refusal {
		/** Not a number as people write one (letters, exponents, two points, nothing but a sign). */
		NOT_A_NUMBER,
		/** Below the minimum (a negative count, an id of 0). */
		BELOW_MINIMUM,
		/** More decimals than the bound allows (a fraction of a person, 71.05%). */
		TOO_MANY_DECIMALS,
		/** Above the maximum, including values far too long or with huge exponents. */
		ABOVE_MAXIMUM
	}

	/** A checked number: either the value, at the bound's scale, or why it was refused. */
	public record Checked(BigDecimal value, Refusal refusal) {

		public boolean accepted() {
			return refusal == null;
		}
	}

	/** Digits before the point that the maximum needs (10 for 10⁹): the database column's precision minus its scale. */
	public int integerDigits() {
		return Math.max(1, maximum.precision() - maximum.scale());
	}

	/**
	 * Text as a person typed it (form, Excel text cell, CSV, a JSON string): spaces around it and thousands
	 * separators ({@code 3,000}) are fine, and so is an exponent ({@code 6.396E3}). Text longer than any allowed
	 * value is refused before it is parsed.
	 */
	public Checked parse(String text) {
		if (text == null) {
			return refused(Refusal.NOT_A_NUMBER);
		}
		String trimmed = text.strip();
		int longest = integerDigits() + integerDigits() / 3 + scale + SLACK;
		if (trimmed.length() > longest) {
			// refused without parsing; only the kind of refusal is worked out
			boolean negative = trimmed.startsWith("-");
			String unsigned = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
			if (!unsigned.chars().allMatch(c -> (c >= '0' && c <= '9') || c == ',' || c == '.')) {
				return refused(Refusal.NOT_A_NUMBER);
			}
			if (negative && minimum.signum() >= 0) {
				return refused(Refusal.BELOW_MINIMUM);
			}
			int point = unsigned.indexOf('.');
			return refused(point >= 0 && point <= longest ? Refusal.TOO_MANY_DECIMALS : Refusal.ABOVE_MAXIMUM);
		}
		if (!TYPED.matcher(trimmed).matches()) {
			return refused(Refusal.NOT_A_NUMBER);
		}
		return check(new BigDecimal(trimmed.replace(",", "")));
	}

	/**
	 * A number already parsed (a JSON number, an Excel cell's stored value): its sign, digits and scale are
	 * looked at before anything that could expand it.
	 */
	public Checked check(BigDecimal value) {
		if (value == null) {
			return refused(Refusal.NOT_A_NUMBER);
		}
		if (value.signum() == 0) {
			return minimum.signum() > 0 ? refused(Refusal.BELOW_MINIMUM) : new Checked(BigDecimal.ZERO.setScale(scale), null);
		}
		// precision and scale only: 1e999999999 has one digit and scale -999999999
		long integerDigits = (long) value.precision() - value.scale();
		if (integerDigits > integerDigits()) {
			return refused(value.signum() < 0 && minimum.signum() >= 0 ? Refusal.BELOW_MINIMUM : Refusal.ABOVE_MAXIMUM);
		}
		// now small in magnitude; a huge scale (1e-999999999) has few digits, and stripping zeros is cheap
		if (value.stripTrailingZeros().scale() > scale) {
			return refused(value.signum() < 0 && minimum.signum() >= 0 ? Refusal.BELOW_MINIMUM : Refusal.TOO_MANY_DECIMALS);
		}
		if (value.compareTo(minimum) < 0) {
			return refused(Refusal.BELOW_MINIMUM);
		}
		if (value.compareTo(maximum) > 0) {
			return refused(Refusal.ABOVE_MAXIMUM);
		}
		return new Checked(value.setScale(scale), null);
	}

	/** {@code 0 이상 1,000,000,000 이하의 정수} or {@code 0 이상 100 이하, 소수 첫째 자리까지의 수}: what the bound allows, in Korean. */
	public String describeKo() {
		String range = format(minimum) + " 이상 " + format(maximum) + unitKo + " 이하";
		return scale == 0 ? range + "의 정수" : range + ", 소수 " + ordinalKo(scale) + " 자리까지의 수";
	}

	/**
	 * The Korean message for a refused value of the field the user knows as {@code label}, for example
	 * {@code 일자리 창출 실적은 0 이상 1,000,000,000 이하의 정수여야 합니다.}
	 */
	public String messageKo(String label, Refusal refusal) {
		if (refusal == Refusal.NOT_A_NUMBER) {
			return label + KoreanParticles.after(label, "은") + " 숫자로 적어야 합니다 (" + describeKo() + ").";
		}
		return label + KoreanParticles.after(label, "은") + " " + describeKo() + "여야 합니다.";
	}

	/** The bound's maximum as people read it: {@code 1,000,000,000}. */
	public String maximumText() {
		return format(maximum);
	}

	private static Checked refused(Refusal refusal) {
		return new Checked(null, refusal);
	}

	private static String format(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value.stripTrailingZeros());
	}

	private static String ordinalKo(int n) {
		return switch (n) {
			case 1 -> "첫째";
			case 2 -> "둘째";
			case 3 -> "셋째";
			default -> n + "번째";
		};
	}
}
