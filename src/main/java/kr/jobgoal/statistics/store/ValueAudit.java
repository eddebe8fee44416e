package kr.jobgoal.statistics.store;

import kr.jobgoal.statistics.IncomingValue;
import kr.jobgoal.statistics.ValueKey;

/** What the audit log keeps of one value before or after a change; the value as a decimal string. */
record ValueAudit(long governmentId, String indicator, String period, String value, String unit, String source,
		String rseFlag, long releaseId) {

	static ValueAudit of(ValueKey key, StoredValue stored) {
		return new ValueAudit(key.governmentId(), key.indicator().name(), key.period().toString(),
				stored.value().toPlainString(), stored.unit(), stored.source(), stored.rseFlag(), stored.releaseId());
	}

	static ValueAudit of(IncomingValue value, long releaseId) {
		return new ValueAudit(value.key().governmentId(), value.key().indicator().name(), value.key().period().toString(),
				value.value().toPlainString(), value.unit(), value.source(), value.rseFlag(), releaseId);
	}
}
