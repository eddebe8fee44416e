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

import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.plan.PlanInput.BudgetInput;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.StrategyInput;
import kr.jobgoal.plan.PlanInput.TargetInput;

/**
 * Checks every field of a plan as typed and turns it into exact {@link PlanContent}. The rules:
 * <ul>
 * <li>required: the total job target; each target's indicator, baseline and target value; each strategy's
 * title; each program's name, type, department, job target and the four budget sources (0 when none);</li>
 * <li>numbers are non-negative decimals; job targets and won amounts are whole numbers; a target value has at
 * most the decimals its indicator is published with, and a rate is at most 100;</li>
 * <li>sums are consistent: a budget's total, when given, is the sum of its sources; the programs' job targets
 * add up to at most the total job target (the total also counts jobs no program of the plan creates, such as
 * investment attraction); a {@code JOBS_CREATED} target equals the total job target;</li>
 * <li>ids are those of the plan's own strategies and programs, each used once; new ones have none;</li>
 * <li>a sub-category is one the government configured, and the program's type is the one it maps onto
 * (a program with a sub-category and no type takes the sub-category's type).</li>
 * </ul>
 * Disclosing additionally needs the mandatory targets and at least one program in every strategy.
 */
class PlanValidator {

	static final int MAX_TARGETS = Indicator.values().length;

	static final int MAX_STRATEGIES = 30;

	static final int MAX_PROGRAMS = 300;

	static final int TITLE_LENGTH = 200;

	static final int NAME_LENGTH = 200;

	static final int DEPARTMENT_LENGTH = 100;

	static final int SUB_CATEGORY_LENGTH = 100;

	static final int REASON_LENGTH = 1000;

	private static final int COUNT_DIGITS = 12;

	private static final int WON_DIGITS = 15;

	/** What the checks need to know besides the input. */
	record Context(Set<Long> knownStrategyIds, Set<Long> knownProgramIds, Map<String, ProgramType> subCategories) {

		static Context fresh() {
			return new Context(Set.of(), Set.of(), Map.of());
		}
	}

	record Result(PlanContent content, List<Violation> violations) {

		boolean valid() {
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

	static Result validate(PlanInput input, Context context) {
		return new PlanValidator(context).check(input);
	}

	/** The extra conditions for disclosing a plan whose fields are already valid. */
	static List<Violation> checkDisclosable(PlanContent content) {
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
		BigDecimal total = number("jobTargetTotal", input.getJobTargetTotal(), 0, COUNT_DIGITS, null);

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
		int scale = indicator == null ? 1 : TargetRules.scale(indicator);
		BigDecimal maximum = indicator == null ? null : TargetRules.maximum(indicator);
		if (indicator != null && !blank(input.getUnit()) && !input.getUnit().trim().equals(indicator.unit())) {
			violations.add(new Violation(path + ".unit", "plan.error.unit", indicator.unit()));
		}
		BigDecimal baseline = number(path + ".baselineValue", input.getBaselineValue(), scale, WON_DIGITS, maximum);
		BigDecimal target = number(path + ".targetValue", input.getTargetValue(), scale, WON_DIGITS, maximum);
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
		BigDecimal jobTarget = number(path + ".jobTarget", input.getJobTarget(), 0, COUNT_DIGITS, null);
		Budget budget = budget(path + ".budget", input.getBudget());
		return new Program(id, name, type, subCategory, department, jobTarget, budget);
	}

	private Budget budget(String path, BudgetInput input) {
		BigDecimal national = number(path + ".national", input.getNational(), 0, WON_DIGITS, null);
		BigDecimal provincial = number(path + ".provincial", input.getProvincial(), 0, WON_DIGITS, null);
		BigDecimal local = number(path + ".local", input.getLocal(), 0, WON_DIGITS, null);
		BigDecimal other = number(path + ".other", input.getOther(), 0, WON_DIGITS, null);
		if (national == null || provincial == null || local == null || other == null) {
			return null;
		}
		Budget budget = new Budget(national, provincial, local, other);
		if (!blank(input.getTotal())) {
			BigDecimal total = number(path + ".total", input.getTotal(), 0, WON_DIGITS + 1, null);
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

	private String text(String path, String value, int maxLength, boolean required) {
		if (blank(value)) {
			if (required) {
				violations.add(new Violation(path, "plan.error.required"));
			}
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			violations.add(new Violation(path, "plan.error.length", Integer.toString(maxLength)));
			return null;
		}
		return trimmed;
	}

	/**
	 * A required non-negative decimal with at most {@code scale} decimals and {@code digits} digits before the
	 * point, normalised to exactly {@code scale} decimals. Thousands separators and spaces are ignored.
	 */
	private BigDecimal number(String path, String text, int scale, int digits, BigDecimal maximum) {
		if (blank(text)) {
			violations.add(new Violation(path, "plan.error.required"));
			return null;
		}
		BigDecimal value = parseDecimal(text);
		if (value == null) {
			violations.add(new Violation(path, "plan.error.number"));
			return null;
		}
		if (value.signum() < 0) {
			violations.add(new Violation(path, "plan.error.negative"));
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.scale() > scale) {
			violations.add(scale == 0 ? new Violation(path, "plan.error.wholeNumber")
					: new Violation(path, "plan.error.scale", Integer.toString(scale)));
			return null;
		}
		BigDecimal normalised = value.setScale(scale);
		if (normalised.precision() - normalised.scale() > digits) {
			violations.add(new Violation(path, "plan.error.tooLarge"));
			return null;
		}
		if (maximum != null && normalised.compareTo(maximum) > 0) {
			violations.add(new Violation(path, "plan.error.maximum", plain(maximum)));
			return null;
		}
		return normalised;
	}

	/** A plain decimal such as 3,000 or 71.0 or -1; null for anything else (no exponents, no letters). */
	static BigDecimal parseDecimal(String text) {
		String cleaned = text.strip().replace(",", "").replace(" ", "");
		if (!cleaned.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(cleaned);
	}

	static boolean blank(String s) {
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

	static String plain(BigDecimal value) {
		return value.toPlainString();
	}
}
