package kr.jobgoal.shared;

import java.util.List;

/**
 * Input that cannot be accepted; nothing has been changed. The message and each field error are the
 * Korean text the user sees (400, with an {@code errors} array in problem+json).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> errors;

	public InvalidInputException(String message) {
		this(message, List.of());
	}

	public InvalidInputException(String message, List<FieldProblem> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	/** One offending field, named as the client sent it. */
	public record FieldProblem(String field, String message) {
	}
}
