package kr.jobgoal.shared;

import java.util.List;

/**
 * Input that cannot be accepted; nothing has been changed. The message and each field error are the
 * Korean text the user sees (400, with an {@code errors} array in problem+json); a particle written in the
 * double notation after a value ({@code 지자체 " + code + "은(는)}) is settled here ({@link KoreanParticles}).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> errors;

	public InvalidInputException(String message) {
		this(message, List.of());
	}

	public InvalidInputException(String message, List<FieldProblem> errors) {
		super(KoreanParticles.resolve(message));
		this.errors = List.copyOf(errors);
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	/** One offending field, named as the client sent it. */
	public record FieldProblem(String field, String message) {

		public FieldProblem {
			message = KoreanParticles.resolve(message);
		}
	}
}
