package kr.jobgoal.evaluation.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads bounded values out of a JSON tree, each bad one as a Korean problem on its field: decimals (as JSON
 * strings, or numbers read exactly) with a range and a scale, whole numbers, and texts with a length and no
 * control characters. Bounds are checked on the text before a number is built, so no input makes work
 * that grows with its digits.
 */
final class BoundedJson {

	/** A plain decimal as the contract writes them ("70.2", "3000"); no exponent. */
	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,20}(\\.\\d{1,20})?");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private BoundedJson() {
	}

	/** A decimal's allowed range (inclusive, or exclusive at the bottom) and decimals, with its Korean name. */
	record DecimalRule(String label, BigDecimal min, boolean minExclusive, BigDecimal max, int maxScale) {

		static DecimalRule between(String label, String min, String max, int maxScale) {
			return new DecimalRule(label, new BigDecimal(min), false, new BigDecimal(max), maxScale);
		}

		static DecimalRule positiveUpTo(String label, String max, int maxScale) {
			return new DecimalRule(label, BigDecimal.ZERO, true, new BigDecimal(max), maxScale);
		}

		String range() {
			return grouped(min) + (minExclusive ? " 초과 " : " 이상 ") + grouped(max) + " 이하";
		}

		/** Digits grouped by thousands, as people read amounts (10¹² as 1,000,000,000,000). */
		private static String grouped(BigDecimal value) {
			return String.format(Locale.ROOT, "%,f", value).replaceAll("\\.?0+$", "");
		}
	}

	/** The decimal at {@code node}, or null (and a problem) when it is missing or breaks the rule. */
	static BigDecimal decimal(JsonNode node, String field, DecimalRule rule, List<FieldProblem> errors) {
		if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
			errors.add(new FieldProblem(field, rule.label() + "을(를) 입력하세요."));
			return null;
		}
		BigDecimal value;
		if (node.isNumber()) {
			value = node.decimalValue();
		}
		else if (node.isString() && DECIMAL.matcher(node.asString().strip()).matches()) {
			value = new BigDecimal(node.asString().strip());
		}
		else {
			errors.add(new FieldProblem(field, rule.label() + " " + shown(node) + "은(는) 숫자가 아닙니다. 예: \"70.2\""));
			return null;
		}
		int sign = value.compareTo(rule.min());
		if (sign < 0 || (sign == 0 && rule.minExclusive()) || value.compareTo(rule.max()) > 0) {
			errors.add(new FieldProblem(field, rule.label() + "은(는) " + rule.range() + "여야 합니다."));
			return null;
		}
		if (value.stripTrailingZeros().scale() > rule.maxScale()) {
			errors.add(new FieldProblem(field, rule.maxScale() == 0 ? rule.label() + "은(는) 정수여야 합니다."
					: rule.label() + "은(는) 소수점 아래 " + rule.maxScale() + "자리까지 쓸 수 있습니다."));
			return null;
		}
		// a whole number is kept without decimals ("70000000.00" → 70000000), others as written
		return rule.maxScale() == 0 || value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
	}

	/** A whole number in min..max (a JSON number or a numeric string), or null and a problem. */
	static Integer whole(JsonNode node, String field, String label, int min, int max, List<FieldProblem> errors) {
		BigDecimal value = decimal(node, field, DecimalRule.between(label, Integer.toString(min), Integer.toString(max), 0),
				errors);
		return value == null ? null : value.intValueExact();
	}

	/** A text of 1..maxLength characters without control characters, or null and a problem. */
	static String text(JsonNode node, String field, String label, int maxLength, List<FieldProblem> errors) {
		if (node == null || node.isNull() || (node.isString() && node.asString().isBlank())) {
			errors.add(new FieldProblem(field, label + "을(를) 입력하세요."));
			return null;
		}
		if (!node.isString()) {
			errors.add(new FieldProblem(field, label + "은(는) 문자열이어야 합니다."));
			return null;
		}
		return checkedText(node.asString(), field, label, maxLength, errors);
	}

	/** The same rule for a text that is not a JSON value (an object's property name). */
	static String checkedText(String text, String field, String label, int maxLength, List<FieldProblem> errors) {
		if (text.isBlank()) {
			errors.add(new FieldProblem(field, label + "을(를) 입력하세요."));
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength) {
			errors.add(new FieldProblem(field, label + "은(는) " + maxLength + "자 이하로 쓰세요."));
			return null;
		}
		if (CONTROL.matcher(text).find()) {
			errors.add(new FieldProblem(field, label + "에 제어 문자를 쓸 수 없습니다."));
			return null;
		}
		return text;
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
