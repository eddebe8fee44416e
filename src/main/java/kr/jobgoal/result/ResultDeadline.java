package kr.jobgoal.result;

import java.time.LocalDate;
import java.time.YearMonth;

/** When results are due: year N's results by the end of February of N+1 (a leap year's 29th included). */
final class ResultDeadline {

	private ResultDeadline() {
	}

	static LocalDate dueDate(int year) {
		return YearMonth.of(year + 1, 2).atEndOfMonth();
	}
}
