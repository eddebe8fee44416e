package kr.jobgoal.plan;

import java.util.List;

/** A plan that cannot be saved or disclosed as it is; nothing was changed. */
public class PlanValidationException extends RuntimeException {

	private final List<Violation> violations;

	public PlanValidationException(List<Violation> violations) {
		super(violations.size() + " problem(s): " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
