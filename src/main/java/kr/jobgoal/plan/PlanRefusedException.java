package kr.jobgoal.plan;

import java.util.List;

/**
 * A plan whose fields are fine but that may not be changed or disclosed as asked: a disclosure identical to the
 * last disclosed version, an amendment after the year's results are due. Nothing was changed. The API answers
 * 409; the editor shows the problem like any other.
 */
public class PlanRefusedException extends PlanValidationException {

	public PlanRefusedException(Violation violation) {
		super(List.of(violation));
	}
}
