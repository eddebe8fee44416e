package kr.jobgoal.plan;

/**
 * Someone saved (or disclosed, or discarded) the draft after the caller loaded it; nothing was changed.
 *
 * @param current the draft as it is now; null when there is no draft any more
 * @param base the draft as the caller loaded it, when still known, to show what the other person changed
 */
public class DraftConflictException extends RuntimeException {

	private final transient StoredVersion current;

	private final transient PlanContent base;

	public DraftConflictException(StoredVersion current, PlanContent base) {
		super("draft changed meanwhile");
		this.current = current;
		this.base = base;
	}

	public StoredVersion current() {
		return current;
	}

	public PlanContent base() {
		return base;
	}
}
