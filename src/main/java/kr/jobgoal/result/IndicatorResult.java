package kr.jobgoal.result;

import java.math.BigDecimal;

/**
 * A headline target (고용률, 취업자 수 …) against the actual official value for the year.
 *
 * @param indicator the contract's indicator code, e.g. {@code EMPLOYMENT_RATE_15_64}
 * @param unit as plans write it: {@code %}, {@code 천명}, {@code 명} or {@code 개}
 * @param actualValue null when no value has been published (or imported) yet
 * @param period the period of the actual value: the year's 하반기 survey ({@code 2020H2}), else its 상반기,
 *     else the year; for {@code JOBS_CREATED} the year of the results
 * @param source who published the actual value
 */
public record IndicatorResult(String indicator, String unit, BigDecimal baselineValue, BigDecimal targetValue,
		BigDecimal actualValue, String period, String source) {

	public static final String JOBS_CREATED = "JOBS_CREATED";

	/** Rates are compared in percentage points (%p). */
	public boolean isRate() {
		return "%".equals(unit);
	}

	/** For 실업률 a lower value is the better one. */
	public boolean lowerIsBetter() {
		return "UNEMPLOYMENT_RATE".equals(indicator);
	}

	/** Actual minus target (in %p for a rate); null without both. */
	public BigDecimal gapToTarget() {
		return actualValue == null || targetValue == null ? null : actualValue.subtract(targetValue);
	}

	/** Actual minus the plan's baseline (in %p for a rate); null without both. */
	public BigDecimal changeFromBaseline() {
		return actualValue == null || baselineValue == null ? null : actualValue.subtract(baselineValue);
	}

	/** Whether the target is reached (달성), in the indicator's good direction; null without both values. */
	public Boolean met() {
		BigDecimal gap = gapToTarget();
		if (gap == null) {
			return null;
		}
		return lowerIsBetter() ? gap.signum() <= 0 : gap.signum() >= 0;
	}
}
