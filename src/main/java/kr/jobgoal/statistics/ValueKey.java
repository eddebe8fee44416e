package kr.jobgoal.statistics;

import kr.jobgoal.shared.Period;

/** What an official value is of: there is at most one current value per key. */
public record ValueKey(long governmentId, Indicator indicator, Period period) {

	/** How the audit log names a value. */
	public String auditId() {
		return governmentId + "/" + indicator + "/" + period;
	}
}
