package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.plan.PlanInput.BudgetInput;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.StrategyInput;
import kr.jobgoal.plan.PlanInput.TargetInput;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.TextRule;
import kr.jobgoal.statistics.Indicator;

/**
 * Checks every field of a plan as typed and turns it into exact {@link PlanContent}. The rules:
 * <ul>
 * <li>required: the total job target; each target's indicator, baseline and target value; each strategy's
 * title; each program's name, type, department, job target and the four budget sources (0 when none);</li>
 * <li>numbers are within their {@link NumberBound}, checked on the text before it is parsed: job targets in
 * persons, budgets in won, a target value in its indicator's unit (a rate one decimal, 0–100);</li>
 * <li>titles, names and departments are one line without controls or bidirectional overrides ({@link TextRule});</li>
 * <li>sums are consistent: a budget's total, when given, is the sum of its sources; the programs' job targets
 * add up to at most the total job target (the total also counts jobs no program of the plan creates, such as
 * investment attraction); a {@code JOBS_CREATED} target equals the total job target;</li>
 * <li>ids are those of the plan's own strategies and programs, each used once; new ones have none;</li>
 * <li>a sub-category is one the government configured, and the program's type is the one it maps onto
 * (a program with a sub-category and no type takes the sub-category's type).</li>
 * </ul>
 * Disclosing additionally needs the mandatory targets and at least one program in every strategy.
 */
public class PlanValidator {

	public static final int MAX_TARGETS = Indicator.values().length;

	public static final int MAX_STRATEGIES = 30;

	public static final int MAX_PROGRAMS = 300;

	public static final int TITLE_LENGTH = 200;

	public static final int NAME_LENGTH = 200;

	public static final int DEPARTMENT_LENGTH = 100;

	public static final int SUB_CATEGORY_LENGTH = 100;

	public static final int REASON_LENGTH = 1000;

	/** A budget source in won: {@link NumberBound#WON} as far as the column (numeric(15, 0)) holds. */
	public static final NumberBound BUDGET_SOURCE = new NumberBound("원", 0, BigDecimal.ZERO, new BigDecimal("999999999999999"));

	/** A budget's total as sent, compared with the sum of its four sources (numeric(16, 0)). */
	private static final NumberBound BUDGET_TOTAL = new NumberBound("원", 0, BigDecimal.ZERO, new BigDecimal("9999999999999999"));

	/** The value of a target whose indicator is unknown, only so that it is checked too. */
	private static final NumberBound ANY_TARGET = new NumberBound("", 1, BigDecimal.ZERO, new BigDecimal("1000000000.0"));

	/** What the checks need to know besides the input. */
	public record Context(Set<Long> knownStrategyIds, Set<Long> knownProgramIds, Map<String, ProgramType> subCategories) {

		static Context fresh() {
			return new Context(Set.of(), Set.of(), Map.of());
		}
	}

	public record Result(PlanContent content, List<Violation> violations) {

		public boolean valid() {
			return violations.isEmpty();
		}
	}

	private final Context context;

	private final List<Violation> violations = new ArrayList<>();

	private final Set<Long> usedStrategyIds = new HashSet<>();

	private final Set<Long> usedProgramIds = new HashSet<>();

	private PlanValidator(Context context) {
		this.context = context;
	}

	public static Result validate(PlanInput input, Context context) {
		return new PlanValidator(context).check(input);
	}

	/** The extra conditions for disclosing a plan whose fields are already valid. */
	public static List<Violation> checkDisclosable(PlanContent content) {
		List<Violation> problems = new ArrayList<>();
		Set<Indicator> present = content.targets().stream().map(Target::indicator).collect(Collectors.toSet());
		for (Indicator indicator : TargetRules.MANDATORY) {
			if (!present.contains(indicator)) {
				problems.add(new Violation("targets", "plan.error.mandatoryTarget", PlanMessages.labelOf(indicator)));
			}
		}
		if (content.jobTargetTotal() == null) {
			problems.add(new Violation("jobTargetTotal", "plan.error.required"));
		}
		if (content.strategies().isEmpty()) {
			problems.add(new Violation("strategies", "plan.error.noStrategies"));
		}
		for (int i = 0; i < content.strategies().size(); i++) {
			if (content.strategies().get(i).programs().isEmpty()) {
				problems.add(new Violation("strategies[" + i + "].programs", "plan.error.noPrograms"));
			}
		}
		return problems;
	}

	private Result check(PlanInput input) {
		BigDecimal total = number("jobTargetTotal", input.getJobTargetTotal(), NumberBound.PERSONS);

		List<Target> targets = new ArrayList<>();
		Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
		if (input.getTargets().size() > MAX_TARGETS) {
			violations.add(new Violation("targets", "plan.error.tooMany", Integer.toString(MAX_TARGETS)));
		}
		for (int i = 0; i < input.getTargets().size(); i++) {
			Target target = target("targets[" + i + "]", input.getTargets().get(i), seen, total);
			if (target != null) {
				targets.add(target);
			}
		}

		List<Strategy> strategies = new ArrayList<>();
		if (input.getStrategies().size() > MAX_STRATEGIES) {
			violations.add(new Violation("strategies", "plan.error.tooMany", Integer.toString(MAX_STRATEGIES)));
		}
		int programCount = input.getStrategies().stream().mapToInt(s -> s.getPrograms().size()).sum();
		if (programCount > MAX_PROGRAMS) {
			violations.add(new Violation("strategies", "plan.error.tooManyPrograms", Integer.toString(MAX_PROGRAMS)));
		}
		for (int i = 0; i < input.getStrategies().size(); i++) {
			strategies.add(strategy("strategies[" + i + "]", input.getStrategies().get(i)));
		}

		PlanContent content = new PlanContent(targets, total, strategies);
		if (violations.isEmpty() && total != null && content.programJobTargetSum().compareTo(total) > 0) {
			violations.add(new Violation("jobTargetTotal", "plan.error.programSum",
					plain(content.programJobTargetSum()), plain(total)));
		}
		return new Result(violations.isEmpty() ? content : null, List.copyOf(violations));
	}

	private Target target(String path, TargetInput input, Set<Indicator> seen, BigDecimal total) {
		Indicator indicator = null;
		if (blank(input.getIndicator())) {
			violations.add(new Violation(path + ".indicator", "plan.error.required"));
		}
		else {
			indicator = parseEnum(Indicator.class, input.getIndicator());
			if (indicator == null) {
				violations.add(new Violation(path + ".indicator", "plan.error.indicator", codes(Indicator.values())));
			}
			else if (!seen.add(indicator)) {
				violations.add(new Violation(path + ".indicator", "plan.error.indicatorDuplicate"));
				indicator = null;
			}
		}
		NumberBound bound = indicator == null ? ANY_TARGET : indicator.bound();
		if (indicator != null && !blank(input.getUnit()) && !input.getUnit().trim().equals(indicator.unit())) {
			violations.add(new Violation(path + ".unit", "plan.error.unit", indicator.unit()));
		}
		BigDecimal baseline = number(path + ".baselineValue", input.getBaselineValue(), bound);
		BigDecimal target = number(path + ".targetValue", input.getTargetValue(), bound);
		if (indicator == Indicator.JOBS_CREATED && target != null && total != null && target.compareTo(total) != 0) {
			violations.add(new Violation(path + ".targetValue", "plan.error.jobsCreatedTotal", plain(total)));
		}
		return indicator == null || baseline == null || target == null ? null : new Target(indicator, baseline, target);
	}

	private Strategy strategy(String path, StrategyInput input) {
		Long id = id(path + ".id", input.getId(), context.knownStrategyIds(), usedStrategyIds);
		String title = text(path + ".title", input.getTitle(), TITLE_LENGTH, true);
		List<Program> programs = new ArrayList<>();
		for (int i = 0; i < input.getPrograms().size(); i++) {
			programs.add(program(path + ".programs[" + i + "]", input.getPrograms().get(i)));
		}
		return new Strategy(id, title, programs);
	}

	private Program program(String path, ProgramInput input) {
		Long id = id(path + ".id", input.getId(), context.knownProgramIds(), usedProgramIds);
		String name = text(path + ".name", input.getName(), NAME_LENGTH, true);
		String subCategory = text(path + ".subCategory", input.getSubCategory(), SUB_CATEGORY_LENGTH, false);
		ProgramType mapped = null;
		if (subCategory != null) {
			mapped = context.subCategories().get(subCategory);
			if (mapped == null) {
				violations.add(new Violation(path + ".subCategory", "plan.error.subCategory",
						context.subCategories().isEmpty() ? "–" : String.join(", ", context.subCategories().keySet())));
			}
		}
		ProgramType type = null;
		if (blank(input.getType())) {
			if (mapped != null) {
				type = mapped;
			}
			else {
				violations.add(new Violation(path + ".type", "plan.error.required"));
			}
		}
		else {
			type = parseEnum(ProgramType.class, input.getType());
			if (type == null) {
				violations.add(new Violation(path + ".type", "plan.error.type", codes(ProgramType.values())));
			}
			else if (mapped != null && mapped != type) {
				violations.add(new Violation(path + ".type", "plan.error.subCategoryType", subCategory,
						PlanMessages.labelOf(mapped)));
			}
		}
		String department = text(path + ".department", input.getDepartment(), DEPARTMENT_LENGTH, true);
		BigDecimal jobTarget = number(path + ".jobTarget", input.getJobTarget(), NumberBound.PERSONS);
		Budget budget = budget(path + ".budget", input.getBudget());
		return new Program(id, name, type, subCategory, department, jobTarget, budget);
	}

	private Budget budget(String path, BudgetInput input) {
		BigDecimal national = number(path + ".national", input.getNational(), BUDGET_SOURCE);
		BigDecimal provincial = number(path + ".provincial", input.getProvincial(), BUDGET_SOURCE);
		BigDecimal local = number(path + ".local", input.getLocal(), BUDGET_SOURCE);
		BigDecimal other = number(path + ".other", input.getOther(), BUDGET_SOURCE);
		if (national == null || provincial == null || local == null || other == null) {
			return null;
		}
		Budget budget = new Budget(national, provincial, local, other);
		if (!blank(input.getTotal())) {
			BigDecimal total = number(path + ".total", input.getTotal(), BUDGET_TOTAL);
			if (total != null && total.compareTo(budget.total()) != 0) {
				violations.add(new Violation(path + ".total", "plan.error.budgetTotal", plain(budget.total())));
			}
		}
		return budget;
	}

	private Long id(String path, String text, Set<Long> known, Set<Long> used) {
		if (blank(text)) {
			return null;
		}
		Long id = null;
		try {
			id = Long.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			// reported below as an unknown id
		}
		if (id == null || !known.contains(id)) {
			violations.add(new Violation(path, "plan.error.unknownId"));
			return null;
		}
		if (!used.add(id)) {
			violations.add(new Violation(path, "plan.error.duplicateId"));
			return null;
		}
		return id;
	}

	/** A one-line name or title ({@link TextRule}: no controls, no bidirectional overrides, NFC). */
	private String text(String path, String value, int maxLength, boolean required) {
		int before = violations.size();
		String checked = checkedText(path, value, TextRule.Kind.NAME, maxLength, violations);
		if (checked == null && required && violations.size() == before) {
			violations.add(new Violation(path, "plan.error.required"));
		}
		return checked;
	}

	/**
	 * Text of the given kind as {@link TextRule} keeps it (NFC, stripped, null when blank), or null and a
	 * violation on {@code path}; used for the plan's fields, the disclosure reason and comments.
	 */
	public static String checkedText(String path, String value, TextRule.Kind kind, int maxLength, List<Violation> violations) {
		TextRule.Checked checked = TextRule.check(value, kind, maxLength);
		if (checked.accepted()) {
			return checked.value();
		}
		violations.add(switch (checked.refusal()) {
			case CONTROL_CHARACTER -> new Violation(path, "plan.error.controlCharacter", TextRule.codePoint(checked.character()));
			case LINE_BREAK -> new Violation(path, "plan.error.lineBreak");
			case BIDI_CONTROL -> new Violation(path, "plan.error.bidiControl", TextRule.codePoint(checked.character()));
			case TOO_LONG -> new Violation(path, "plan.error.length", Integer.toString(maxLength));
		});
		return null;
	}

	/**
	 * A required number within its bound, at the bound's scale. Its text is checked before it is parsed, and
	 * its digits before it is expanded ({@link NumberBound}): thousands separators and spaces are fine.
	 */
	private BigDecimal number(String path, String text, NumberBound bound) {
		if (blank(text)) {
			violations.add(new Violation(path, "plan.error.required"));
			return null;
		}
		NumberBound.Checked checked = bound.parse(text);
		if (checked.accepted()) {
			return checked.value();
		}
		violations.add(switch (checked.refusal()) {
			case NOT_A_NUMBER -> new Violation(path, "plan.error.number");
			case BELOW_MINIMUM -> new Violation(path, "plan.error.negative");
			case TOO_MANY_DECIMALS -> bound.scale() == 0 ? new Violation(path, "plan.error.wholeNumber")
					: new Violation(path, "plan.error.scale", Integer.toString(bound.scale()));
			case ABOVE_MAXIMUM -> new Violation(path, "plan.error.maximum", bound.maximumText());
		});
		return null;
	}

	public static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String codes(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}

	public static String plain(BigDecimal value) {
		return value.toPlainString();
	}
}
