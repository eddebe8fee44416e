package kr.jobgoal.result;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One recorded result (추진실적) of one program for one period, as entered. Facts are never changed: a
 * correction is a new fact that {@code supersedes} an earlier one and gives a {@code reason}.
 *
 * @param programId the plan module's stable program id
 * @param period {@code 2020}, {@code 2020H1}, {@code 2020Q1} or {@code 2020-03}
 * @param jobsCreated jobs created or people placed (a whole number)
 * @param budgetExecuted budget executed in won; null when not reported
 * @param supersedes the fact this one corrects, or null
 * @param demo generated demo data, never a real report
 */
public record ResultFact(long id, long governmentId, int year, long programId, String period, BigDecimal jobsCreated,
		BigDecimal budgetExecuted, String note, OffsetDateTime recordedAt, String recordedBy, Long supersedes,
		String reason, boolean demo) {
}
