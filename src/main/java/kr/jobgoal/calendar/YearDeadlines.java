package kr.jobgoal.calendar;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A year's deadlines (Korean dates; a deadline day is still in time, the day after is late). Serializable: the
 * administrator's page hands a changed one to the next page in the session.
 *
 * @param planDue the year's annual plan must be disclosed by this day
 * @param resultsDue the year's results must be complete by this day (in the next year)
 */
public record YearDeadlines(int year, LocalDate planDue, LocalDate resultsDue) implements Serializable {

	/** The rule in force: plans by 31 March, results by the end of February of the next year. */
	static YearDeadlines statutory(int year) {
		return new YearDeadlines(year, LocalDate.of(year, 3, 31), YearMonth.of(year + 1, 2).atEndOfMonth());
	}
}
