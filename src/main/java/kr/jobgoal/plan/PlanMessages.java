package kr.jobgoal.plan;

import java.util.List;
import java.util.Locale;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.statistics.Indicator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The plan bundle's wording of labels and problems, in Korean for the API and Excel, in the reader's language on pages. */
@Component
public class PlanMessages {

	public static final Locale KOREAN = Locale.KOREAN;

	/** An argument starting with this is itself a message code (a label to translate). */
	private static final String CODE_ARGUMENT = "#";

	private final MessageSource messages;

	public PlanMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	public String label(Indicator indicator, Locale locale) {
		return get("plan.indicator." + indicator.name(), locale);
	}

	public String unit(Indicator indicator, Locale locale) {
		return get(TargetRules.unitLabelCode(indicator), locale);
	}

	public String label(ProgramType type, Locale locale) {
		return get("plan.programType." + type.name(), locale);
	}

	public String message(Violation violation, Locale locale) {
		Object[] args = violation.args()
			.stream()
			.map(a -> a.startsWith(CODE_ARGUMENT) ? get(a.substring(1), locale) : a)
			.toArray();
		return get(violation.code(), locale, args);
	}

	public List<FieldProblem> korean(List<Violation> violations) {
		return violations.stream().map(v -> new FieldProblem(v.field(), message(v, KOREAN))).toList();
	}

	/** An argument that the message should show as the label of an indicator or program type. */
	public static String labelOf(Enum<?> value) {
		String prefix = value instanceof Indicator ? "plan.indicator." : "plan.programType.";
		return CODE_ARGUMENT + prefix + value.name();
	}
}
