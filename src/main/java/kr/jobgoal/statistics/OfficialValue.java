package kr.jobgoal.statistics;

import java.math.BigDecimal;

import kr.jobgoal.shared.Period;

/**
 * One official figure.
 *
 * @param governmentId the region module's government identity (the same across code changes)
 * @param value exactly as published, scale included (71.0 stays 71.0)
 * @param unit {@link Indicator.Unit}: {@code %}, {@code thousand_persons} or {@code jobs}
 * @param source who published it, e.g. the KOSIS table or a government's press release
 * @param rseFlag KOSIS's relative-standard-error caution mark as published ({@code *}, sometimes {@code 0});
 *     null when the value carries none
 * @param release the import that brought the value in
 */
public record OfficialValue(long governmentId, Indicator indicator, Period period, BigDecimal value, String unit,
		String source, String rseFlag, StatisticsRelease release) {
}
