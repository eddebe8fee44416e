package kr.jobgoal.calendar;

import kr.jobgoal.shared.PublicDataChanged;

/** A year's deadlines were changed (status boards and overdue lists change with them). */
public record DeadlinesChanged(int year) implements PublicDataChanged {
}
