package kr.jobgoal.plan;

import java.util.List;

/**
 * One problem with a field of a plan: its path as the client named it and a message code of the
 * {@code plan} bundle ({@code plan.error.*}) with its arguments, resolved in the reader's language.
 */
public record Violation(String field, String code, List<String> args) {

	public Violation(String field, String code, String... args) {
		this(field, code, List.of(args));
	}
}
