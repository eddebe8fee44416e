package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import kr.jobgoal.statistics.Indicator;

/**
 * One criterion of a rubric (평가 지표): its id, how it scores, the indicator a quantitative criterion reads,
 * its maximum points (배점) and, for {@link ScoringMethod#ACHIEVEMENT_CAPPED}, the cap on the achievement ratio.
 */
public record Criterion(String id, ScoringMethod method, Indicator indicator, BigDecimal maxPoints, BigDecimal cap) {

	public Criterion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(method, "method");
		if (maxPoints == null || maxPoints.signum() <= 0) {
			throw new IllegalArgumentException("maxPoints of " + id + " must be positive");
		}
		if (method.qualitative() != (indicator == null)) {
			throw new IllegalArgumentException("criterion " + id + ": a quantitative criterion reads an indicator, a qualitative one none");
		}
		if ((method == ScoringMethod.ACHIEVEMENT_CAPPED) != (cap != null) || (cap != null && cap.signum() <= 0)) {
			throw new IllegalArgumentException("criterion " + id + ": achievement_capped has a positive cap, other methods none");
		}
	}

	public static Criterion quantitative(String id, ScoringMethod method, Indicator indicator, BigDecimal maxPoints,
			BigDecimal cap) {
		return new Criterion(id, method, Objects.requireNonNull(indicator, "indicator"), maxPoints, cap);
	}

	public static Criterion qualitative(String id, BigDecimal maxPoints) {
		return new Criterion(id, ScoringMethod.QUALITATIVE_MEAN, null, maxPoints, null);
	}
}
