package kr.jobgoal.statistics.store;

import java.math.BigDecimal;

/** A value as it is stored now, for comparing with an incoming one. */
record StoredValue(BigDecimal value, String unit, String source, String rseFlag, long releaseId) {
}
