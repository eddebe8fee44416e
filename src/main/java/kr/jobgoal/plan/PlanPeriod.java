package kr.jobgoal.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan covers: a year (annual plan) or an elected term, 민선 N기 (comprehensive plan). In paths a
 * year is written {@code 2020} and a term {@code term-7}.
 *
 * @param value the year, or the term's number
 */
public record PlanPeriod(PlanKind kind, int value) {

	/**
	 * The statutory due date of annual plans, 31 March, which also fixes which government (and code) a year's plan
	 * belongs to. The due date in force for a year is data (the calendar module's {@code Deadlines}).
	 */
	public static final MonthDay ANNUAL_DEADLINE = MonthDay.of(3, 31);

	public static final int FIRST_YEAR = 2000;

	public static final int LAST_YEAR = 2099;

	private static final Pattern TERM = Pattern.compile("term-(\\d{1,2})");

	public PlanPeriod {
		if (kind == PlanKind.ANNUAL && (value < FIRST_YEAR || value > LAST_YEAR)) {
			throw new IllegalArgumentException("year out of range: " + value);
		}
		if (kind == PlanKind.COMPREHENSIVE && (value < 1 || value > 30)) {
			throw new IllegalArgumentException("term out of range: " + value);
		}
	}

	public static PlanPeriod annual(int year) {
		return new PlanPeriod(PlanKind.ANNUAL, year);
	}

	public static PlanPeriod term(int term) {
		return new PlanPeriod(PlanKind.COMPREHENSIVE, term);
	}

	/** {@code 2020} or {@code term-7}; empty for anything else. */
	public static Optional<PlanPeriod> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.matches("\\d{4}")) {
			int year = Integer.parseInt(text);
			return year >= FIRST_YEAR && year <= LAST_YEAR ? Optional.of(annual(year)) : Optional.empty();
		}
		Matcher m = TERM.matcher(text);
		if (m.matches()) {
			int term = Integer.parseInt(m.group(1));
			return term >= 1 && term <= 30 ? Optional.of(term(term)) : Optional.empty();
		}
		return Optional.empty();
	}

	public boolean annual() {
		return kind == PlanKind.ANNUAL;
	}

	/** The year of an annual plan, or null for a comprehensive one. */
	public Integer year() {
		return annual() ? value : null;
	}

	/** The term (민선 N기) of a comprehensive plan, or null for an annual one. */
	public Integer term() {
		return annual() ? null : value;
	}

	/** As written in paths. */
	public String slug() {
		return annual() ? Integer.toString(value) : "term-" + value;
	}

	/** 민선1기 ran three years from 1995-07-01; every later term four years from 1998-07-01 on. */
	public LocalDate start() {
		if (annual()) {
			return LocalDate.of(value, 1, 1);
		}
		return value == 1 ? LocalDate.of(1995, 7, 1) : LocalDate.of(1998 + 4 * (value - 2), 7, 1);
	}

	public LocalDate end() {
		if (annual()) {
			return LocalDate.of(value, 12, 31);
		}
		return LocalDate.of(value == 1 ? 1998 : 1998 + 4 * (value - 1), 6, 30);
	}

	/**
	 * The date that decides which government (and which of its codes) the plan belongs to: an annual plan's
	 * deadline, a term's first day.
	 */
	public LocalDate referenceDate() {
		return annual() ? ANNUAL_DEADLINE.atYear(value) : start();
	}

	@Override
	public String toString() {
		return slug();
	}
}
