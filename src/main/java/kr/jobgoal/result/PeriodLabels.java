package kr.jobgoal.result;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.shared.Period;
import kr.jobgoal.shared.Period.Granularity;

/** A result period in words (2021년 하반기, 2021년 4분기, 2021년 3월) and every period of a year to choose from. */
public final class PeriodLabels {

	private PeriodLabels() {
	}

	/** One choice of the entry form: the period's code, sent as it is, and its label. */
	public record Choice(String code, String label) {
	}

	public static String korean(Period period) {
		return switch (period.granularity()) {
			case YEAR -> period.year() + "년";
			case HALF -> period.year() + "년 " + (period.number() == 1 ? "상반기" : "하반기");
			case QUARTER -> period.year() + "년 " + period.number() + "분기";
			case MONTH -> period.year() + "년 " + period.number() + "월";
		};
	}

	public static String english(Period period) {
		return switch (period.granularity()) {
			case YEAR -> Integer.toString(period.year());
			case HALF -> (period.number() == 1 ? "First half of " : "Second half of ") + period.year();
			case QUARTER -> "Q" + period.number() + " " + period.year();
			case MONTH -> Month.of(period.number()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.year();
		};
	}

	/** The year, its halves, quarters and months, coarsest first, labelled in the reader's language. */
	public static List<Choice> choices(int year, boolean korean) {
		List<Period> periods = new ArrayList<>();
		periods.add(new Period(year, Granularity.YEAR, 0));
		for (int h = 1; h <= 2; h++) {
			periods.add(Period.half(year, h));
		}
		for (int q = 1; q <= 4; q++) {
			periods.add(new Period(year, Granularity.QUARTER, q));
		}
		for (int m = 1; m <= 12; m++) {
			periods.add(new Period(year, Granularity.MONTH, m));
		}
		return periods.stream().map(p -> new Choice(p.toString(), korean ? korean(p) : english(p))).toList();
	}
}
