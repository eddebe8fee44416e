package kr.jobgoal.shared;

import java.util.List;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a JSON request body may be, the same for every reader of one (the application's mapper, which Spring MVC
 * uses for {@code @RequestBody}, and the few controllers that read a tree themselves): the parser refuses, while
 * it reads, a number longer than any {@link NumberBound} allows, nesting deeper than any request needs, strings
 * and documents beyond their sizes; and every string a request object gets is checked for characters that
 * {@link TextRule#forbidden} never allows. Field checks ({@link NumberBound}, {@link TextRule#check}) follow in
 * each module's reader; these limits only make sure no input costs more than reading it.
 */
public final class JsonLimits {

	/** The largest request body any endpoint takes (a plan of 300 programs is about 150 KB); {@code BodySizeFilter}. */
	public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	/** Digits and signs of one JSON number: the longest bound ({@link NumberBound#ID}) has 19 digits. */
	public static final int MAX_NUMBER_LENGTH = 40;

	/** Objects and arrays inside each other: a plan's budget is 7 levels deep. */
	public static final int MAX_NESTING_DEPTH = 20;

	/** Characters of one string value: the longest free text (사유, 비고) has 1,000. */
	public static final int MAX_STRING_LENGTH = 10_000;

	/** Characters of one property name. */
	public static final int MAX_NAME_LENGTH = 200;

	public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
		.maxNumberLength(MAX_NUMBER_LENGTH)
		.maxNestingDepth(MAX_NESTING_DEPTH)
		.maxStringLength(MAX_STRING_LENGTH)
		.maxNameLength(MAX_NAME_LENGTH)
		.maxDocumentLength(MAX_BODY_BYTES)
		.build();

	private JsonLimits() {
	}

	/** A mapper builder whose parser keeps the limits and whose strings keep {@link TextRule#forbidden}. */
	public static JsonMapper.Builder builder() {
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build())
			.addModule(new SimpleModule("jobgoal-text").addDeserializer(String.class, new CheckedStrings()));
	}

	/**
	 * The Korean problem for a body the parser refused at a limit, or null when that was not the reason. A number
	 * whose exponent no decimal can hold ({@code 1e99999999999}) is refused by the number parser itself.
	 */
	public static InvalidInputException refusal(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof NumberFormatException) {
				return refused("숫자의 지수가 너무 큽니다.");
			}
			if (cause instanceof StreamConstraintsException limit) {
				String message = String.valueOf(limit.getOriginalMessage());
				String detail = message.contains("Number value length") ? "숫자가 너무 깁니다 (" + MAX_NUMBER_LENGTH + "자까지)."
						: message.contains("nesting depth") ? "JSON이 너무 깊이 중첩되어 있습니다 (" + MAX_NESTING_DEPTH + "단계까지)."
						: message.contains("String value length") ? "문자열이 너무 깁니다 (" + MAX_STRING_LENGTH + "자까지)."
						: message.contains("Name length") ? "항목 이름이 너무 깁니다 (" + MAX_NAME_LENGTH + "자까지)."
						: message.contains("scale") ? "숫자의 지수가 너무 큽니다."
						: "요청 본문이 너무 큽니다 (" + MAX_BODY_BYTES / (1024 * 1024) + "MB까지).";
				return refused(detail);
			}
		}
		return null;
	}

	private static InvalidInputException refused(String detail) {
		return new InvalidInputException("요청 본문을 받을 수 없습니다: " + detail + " 아무것도 바뀌지 않았습니다.",
				List.of(new FieldProblem("body", detail)));
	}

	/** {@code strategies[0].title}: where the parser is, as the API's errors name fields. */
	static String field(JsonParser p) {
		StringBuilder path = new StringBuilder();
		for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
			String part = c.inArray() ? "[" + c.getCurrentIndex() + "]"
					: (c.getParent() == null || c.getParent().inRoot() ? "" : ".") + c.currentName();
			path.insert(0, part);
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/** Jackson's reading of strings, refusing NUL and the other controls (named by field) before any code sees them. */
	static final class CheckedStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			int forbidden = TextRule.forbidden(value);
			if (forbidden >= 0) {
				String field = field(p);
				String message = new TextRule.Checked(null, TextRule.Refusal.CONTROL_CHARACTER, forbidden).messageKo("'" + field + "'", 0);
				throw new InvalidInputException(message + " 아무것도 바뀌지 않았습니다.", List.of(new FieldProblem(field, message)));
			}
			return value;
		}
	}
}
