package kr.jobgoal.result;

import java.util.List;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;

/**
 * The facts sent clash with what is recorded (409, nothing changed): a fact that somebody has already
 * corrected, or a second current fact for a program and period that has one.
 */
public class FactConflictException extends RuntimeException {

	private final List<FieldProblem> errors;

	public FactConflictException(String message, List<FieldProblem> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<FieldProblem> errors() {
		return errors;
	}
}
