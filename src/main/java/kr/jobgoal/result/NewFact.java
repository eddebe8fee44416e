package kr.jobgoal.result;

import java.math.BigDecimal;

/** A fact to append, checked: whole non-negative numbers, a period in the year, a reason with a correction. */
public record NewFact(long programId, String period, BigDecimal jobsCreated, BigDecimal budgetExecuted, String note,
		Long supersedes, String reason) {
}
