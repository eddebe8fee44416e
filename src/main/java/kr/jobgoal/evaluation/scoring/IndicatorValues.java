package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;

/**
 * A government's figures for one indicator: its target, its actual value and the previous year's value.
 * A method reads only what it needs; a missing figure is {@code null}.
 */
public record IndicatorValues(BigDecimal target, BigDecimal actual, BigDecimal previous) {
}
