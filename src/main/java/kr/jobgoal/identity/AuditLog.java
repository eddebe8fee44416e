package kr.jobgoal.identity;

/**
 * The audit trail of every change anywhere: who (the current user, or "system"), when, what and the
 * state before and after (serialised as JSON). Call it in the same transaction as the change.
 */
public interface AuditLog {

	/**
	 * @param entityType what was changed, e.g. {@code plan.draft}
	 * @param entityId its identifier as text
	 * @param action e.g. {@code create}, {@code update}, {@code disclose}
	 * @param before the state before (null for a creation)
	 * @param after the state after (null for a deletion)
	 */
	void record(String entityType, String entityId, String action, Object before, Object after);
}
