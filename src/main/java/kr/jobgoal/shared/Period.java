package kr.jobgoal.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the contract writes it: {@code 2020} (year), {@code 2020H1} / {@code 2020H2} (half),
 * {@code 2020Q1} … {@code 2020Q4} (quarter) or {@code 2020-03} (month). Labour statistics are half-yearly
 * (지역별고용조사 상반기/하반기), results may be entered per month, quarter, half or year.
 *
 * @param number the half (1–2), quarter (1–4) or month (1–12); 0 for a year
 */
public record Period(int year, Granularity granularity, int number) implements Comparable<Period> {

	public enum Granularity {
		YEAR(12), HALF(6), QUARTER(3), MONTH(1);

		private final int months;

		Granularity(int months) {
			this.months = months;
		}
	}

	/** The form every error message quotes, so users see all four at once. */
	public static final String FORMS = "2020, 2020H1, 2020Q1, 2020-03";

	private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:H(\\d)|Q(\\d)|-(\\d{2}))?");

	private static final int MIN_YEAR = 1900;

	/** Chronological by start; on the same start the longer period first (2020, 2020H1, 2020Q1, 2020-01). */
	private static final Comparator<Period> ORDER = Comparator.comparing(Period::start)
		.thenComparing(p -> -p.granularity.months);

	public Period {
		if (granularity == null) {
			throw new IllegalArgumentException("기간 단위가 없습니다.");
		}
		int max = switch (granularity) {
			case YEAR -> 0;
			case HALF -> 2;
			case QUARTER -> 4;
			case MONTH -> 12;
		};
		boolean numberOk = granularity == Granularity.YEAR ? number == 0 : number >= 1 && number <= max;
		if (year < MIN_YEAR || year > 9999 || !numberOk) {
			throw new IllegalArgumentException(invalid(format(year, granularity, number)));
		}
	}

	/**
	 * Reads the contract's syntax, exactly (no spaces, upper-case H and Q, two-digit month).
	 *
	 * @throws IllegalArgumentException with a Korean message for the user, e.g. for {@code 2020H3}
	 */
	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("기간이 비어 있습니다. " + FORMS + " 형식으로 쓰세요.");
		}
		Matcher m = SYNTAX.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException(invalid(text));
		}
		int year = Integer.parseInt(m.group(1));
		Granularity granularity;
		int number;
		if (m.group(2) != null) {
			granularity = Granularity.HALF;
			number = Integer.parseInt(m.group(2));
		}
		else if (m.group(3) != null) {
			granularity = Granularity.QUARTER;
			number = Integer.parseInt(m.group(3));
		}
		else if (m.group(4) != null) {
			granularity = Granularity.MONTH;
			number = Integer.parseInt(m.group(4));
		}
		else {
			granularity = Granularity.YEAR;
			number = 0;
		}
		try {
			return new Period(year, granularity, number);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(invalid(text), e);
		}
	}

	public static Period half(int year, int half) {
		return new Period(year, Granularity.HALF, half);
	}

	/** The first day of the period. */
	public LocalDate start() {
		return firstMonth().atDay(1);
	}

	/** The last day of the period. */
	public LocalDate end() {
		return firstMonth().plusMonths(granularity.months - 1L).atEndOfMonth();
	}

	/** Whether {@code other} lies wholly inside this period (2020 contains 2020H2 and 2020-03; a period contains itself). */
	public boolean contains(Period other) {
		return !other.start().isBefore(start()) && !other.end().isAfter(end());
	}

	@Override
	public int compareTo(Period other) {
		return ORDER.compare(this, other);
	}

	/** The contract's syntax, e.g. {@code 2020H2}; {@code parse(p.toString())} equals {@code p}. */
	@Override
	public String toString() {
		return format(year, granularity, number);
	}

	/**
	 * The period in words for people: {@code 2020년 하반기}, {@code 2021년 4분기}, {@code 2020년 3월}, {@code 2020년};
	 * in English {@code 2020 H2}, {@code 2021 Q4}, {@code March 2020}, {@code 2020}.
	 */
	public String words(java.util.Locale locale) {
		boolean korean = locale == null || "ko".equals(locale.getLanguage());
		if (korean) {
			return switch (granularity) {
				case YEAR -> year + "년";
				case HALF -> year + "년 " + (number == 1 ? "상반기" : "하반기");
				case QUARTER -> year + "년 " + number + "분기";
				case MONTH -> year + "년 " + number + "월";
			};
		}
		return switch (granularity) {
			case YEAR -> Integer.toString(year);
			case HALF -> year + " H" + number;
			case QUARTER -> year + " Q" + number;
			case MONTH -> java.time.Month.of(number).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
					+ " " + year;
		};
	}

	/** {@link #words} for a period in the contract's syntax; text that is not a period is returned as it is. */
	public static String words(String text, java.util.Locale locale) {
		if (text == null || !SYNTAX.matcher(text).matches()) {
			return text;
		}
		try {
			return parse(text).words(locale);
		}
		catch (IllegalArgumentException e) {
			return text;
		}
	}

	private static String format(int year, Granularity granularity, int number) {
		return switch (granularity) {
			case YEAR -> Integer.toString(year);
			case HALF -> year + "H" + number;
			case QUARTER -> year + "Q" + number;
			case MONTH -> String.format("%d-%02d", year, number);
		};
	}

	private YearMonth firstMonth() {
		int month = granularity == Granularity.YEAR ? 1 : (number - 1) * granularity.months + 1;
		return YearMonth.of(year, month);
	}

	private static String invalid(String text) {
		return "기간 '" + text + "'" + KoreanParticles.after(text, "은") + " 올바르지 않습니다. " + FORMS + " 형식으로 쓰세요 (연도 " + MIN_YEAR
				+ "년 이후, 반기 H1·H2, 분기 Q1~Q4, 월 01~12).";
	}
}
