package kr.jobgoal.statistics;

import java.math.BigDecimal;

/** A value read from a file, checked and mapped to a government, not yet stored. */
public record IncomingValue(ValueKey key, BigDecimal value, String unit, String source, String rseFlag) {
}
