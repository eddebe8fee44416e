package kr.jobgoal.evaluation.api;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.TextRule;
import tools.jackson.databind.JsonNode;

/**
 * Reads bounded values out of a JSON tree with the shared rules ({@link NumberBound}, {@link TextRule}), each
 * bad one as a Korean problem on its field: decimals sent as JSON strings (or numbers, read exactly), whole
 * numbers, and one-line names. Bounds are checked before a number is expanded, so no input makes work that
 * grows with its digits.
 */
final class BoundedJson {

	private BoundedJson() {
	}

	/** The number at {@code node}, at the bound's scale, or null (and a problem) when it is missing or out of bounds. */
	static BigDecimal decimal(JsonNode node, String field, String label, NumberBound bound, List<FieldProblem> errors) {
		if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
			errors.add(new FieldProblem(field, KoreanParticles.attach(label, "을") + " 입력하세요."));
			return null;
		}
		NumberBound.Checked checked = node.isNumber() ? bound.check(node.decimalValue())
				: node.isString() ? bound.parse(node.asString()) : null;
		if (checked == null) {
			errors.add(new FieldProblem(field, label + " " + shown(node) + "은(는) 숫자가 아닙니다. 숫자를 문자열로 보내세요. 예: \"70.2\""));
			return null;
		}
		if (!checked.accepted()) {
			errors.add(new FieldProblem(field, bound.messageKo(label, checked.refusal())));
			return null;
		}
		return checked.value();
	}

	/** A whole number within the bound (a JSON number or a numeric string), or null and a problem. */
	static Integer whole(JsonNode node, String field, String label, NumberBound bound, List<FieldProblem> errors) {
		BigDecimal value = decimal(node, field, label, bound, errors);
		return value == null ? null : value.intValueExact();
	}

	/** A one-line name of at most {@code maxLength} characters (NFC, stripped), or null and a problem. */
	static String text(JsonNode node, String field, String label, int maxLength, List<FieldProblem> errors) {
		if (node != null && !node.isNull() && !node.isString()) {
			errors.add(new FieldProblem(field, label + "은(는) 문자열이어야 합니다."));
			return null;
		}
		return name(node == null || node.isNull() ? null : node.asString(), field, label, maxLength, errors);
	}

	/** The same rule for a text that is not a JSON value (an object's property name). */
	static String name(String text, String field, String label, int maxLength, List<FieldProblem> errors) {
		TextRule.Checked checked = TextRule.check(text, TextRule.Kind.NAME, maxLength);
		if (!checked.accepted()) {
			errors.add(new FieldProblem(field, checked.messageKo(label, maxLength)));
			return null;
		}
		if (checked.value() == null) {
			errors.add(new FieldProblem(field, KoreanParticles.attach(label, "을") + " 입력하세요."));
		}
		return checked.value();
	}

	/** A value as the user sent it, shortened, for a message. */
	static String shown(JsonNode node) {
		if (node.isContainer()) {
			return node.isArray() ? "(배열)" : "(객체)";
		}
		String text = node.isString() ? node.asString() : node.toString();
		return "'" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "'";
	}
}
