package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.statistics.Indicator;

/**
 * What changed between two states of a plan: the total, targets (by indicator), strategies and programs (by
 * their stable ids), each added, removed or changed field by field. Order changes alone are not reported.
 */
public final class PlanDiff {

	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	public enum Subject {
		TOTAL, TARGET, STRATEGY, PROGRAM
	}

	/**
	 * One change.
	 *
	 * @param name what it is about: the indicator code, strategy title or program name
	 * @param field the changed field (null for an addition or removal); {@code budget.national} and the like
	 * @param before the old value as plain text (decimals plain, types as codes), null when added
	 * @param after the new value, null when removed
	 */
	public record Change(Kind kind, Subject subject, String name, String field, String before, String after) {

		/** Whether the values are numbers, to format them for reading. */
		boolean numeric() {
			return field != null && !field.equals("name") && !field.equals("title") && !field.equals("type")
					&& !field.equals("subCategory") && !field.equals("department") && !field.equals("strategy");
		}
	}

	private PlanDiff() {
	}

	public static List<Change> between(PlanContent from, PlanContent to) {
		List<Change> changes = new ArrayList<>();
		if (!equal(from.jobTargetTotal(), to.jobTargetTotal())) {
			changes.add(new Change(Kind.CHANGED, Subject.TOTAL, null, "jobTargetTotal", text(from.jobTargetTotal()),
					text(to.jobTargetTotal())));
		}
		targets(from, to, changes);
		strategies(from, to, changes);
		programs(from, to, changes);
		return changes;
	}

	private static void targets(PlanContent from, PlanContent to, List<Change> changes) {
		Map<Indicator, Target> old = index(from.targets(), Target::indicator);
		Map<Indicator, Target> now = index(to.targets(), Target::indicator);
		now.forEach((indicator, t) -> {
			Target o = old.get(indicator);
			if (o == null) {
				changes.add(new Change(Kind.ADDED, Subject.TARGET, indicator.name(), null, null, text(t.targetValue())));
				return;
			}
			field(changes, Subject.TARGET, indicator.name(), "baselineValue", o.baselineValue(), t.baselineValue());
			field(changes, Subject.TARGET, indicator.name(), "targetValue", o.targetValue(), t.targetValue());
		});
		old.forEach((indicator, o) -> {
			if (!now.containsKey(indicator)) {
				changes.add(new Change(Kind.REMOVED, Subject.TARGET, indicator.name(), null, text(o.targetValue()), null));
			}
		});
	}

	private static void strategies(PlanContent from, PlanContent to, List<Change> changes) {
		Map<Long, Strategy> old = index(from.strategies(), Strategy::id);
		for (Strategy s : to.strategies()) {
			Strategy o = s.id() == null ? null : old.get(s.id());
			if (o == null) {
				changes.add(new Change(Kind.ADDED, Subject.STRATEGY, s.title(), null, null, null));
			}
			else if (!o.title().equals(s.title())) {
				changes.add(new Change(Kind.CHANGED, Subject.STRATEGY, s.title(), "title", o.title(), s.title()));
			}
		}
		Map<Long, Strategy> now = index(to.strategies(), Strategy::id);
		from.strategies().stream()
			.filter(o -> !now.containsKey(o.id()))
			.forEach(o -> changes.add(new Change(Kind.REMOVED, Subject.STRATEGY, o.title(), null, null, null)));
	}

	private static void programs(PlanContent from, PlanContent to, List<Change> changes) {
		Map<Long, String> oldStrategy = strategyTitleByProgram(from);
		Map<Long, String> newStrategy = strategyTitleByProgram(to);
		Map<Long, Program> old = index(from.programs(), Program::id);
		for (Strategy s : to.strategies()) {
			for (Program p : s.programs()) {
				Program o = p.id() == null ? null : old.get(p.id());
				if (o == null) {
					changes.add(new Change(Kind.ADDED, Subject.PROGRAM, p.name(), null, null, null));
					continue;
				}
				String n = p.name();
				field(changes, n, "name", o.name(), p.name());
				field(changes, n, "strategy", oldStrategy.get(o.id()), newStrategy.get(p.id()));
				field(changes, n, "type", o.type().name(), p.type().name());
				field(changes, n, "subCategory", o.subCategory(), p.subCategory());
				field(changes, n, "department", o.department(), p.department());
				field(changes, Subject.PROGRAM, n, "jobTarget", o.jobTarget(), p.jobTarget());
				field(changes, Subject.PROGRAM, n, "budget.national", o.budget().national(), p.budget().national());
				field(changes, Subject.PROGRAM, n, "budget.provincial", o.budget().provincial(), p.budget().provincial());
				field(changes, Subject.PROGRAM, n, "budget.local", o.budget().local(), p.budget().local());
				field(changes, Subject.PROGRAM, n, "budget.other", o.budget().other(), p.budget().other());
				field(changes, Subject.PROGRAM, n, "budget.total", o.budget().total(), p.budget().total());
			}
		}
		Map<Long, Program> now = index(to.programs(), Program::id);
		from.programs().stream()
			.filter(o -> !now.containsKey(o.id()))
			.forEach(o -> changes.add(new Change(Kind.REMOVED, Subject.PROGRAM, o.name(), null, null, null)));
	}

	private static void field(List<Change> changes, String program, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(Kind.CHANGED, Subject.PROGRAM, program, field, before, after));
		}
	}

	private static void field(List<Change> changes, Subject subject, String name, String field, BigDecimal before,
			BigDecimal after) {
		if (!equal(before, after)) {
			changes.add(new Change(Kind.CHANGED, subject, name, field, text(before), text(after)));
		}
	}

	private static Map<Long, String> strategyTitleByProgram(PlanContent content) {
		Map<Long, String> titles = new LinkedHashMap<>();
		content.strategies().forEach(s -> s.programs().forEach(p -> titles.put(p.id(), s.title())));
		return titles;
	}

	private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
		Map<K, V> map = new LinkedHashMap<>();
		values.forEach(v -> {
			if (key.apply(v) != null) {
				map.put(key.apply(v), v);
			}
		});
		return map;
	}

	private static boolean equal(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String text(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** The change as one sentence, e.g. 사업 ‘청년인턴사원제’ 일자리 목표: 60 → 80. */
	public static String describe(Change change, PlanMessages messages, Locale locale) {
		String subject = messages.get("plan.diff.subject." + change.subject(), locale);
		String name = change.name() == null ? ""
				: " ‘" + (change.subject() == Subject.TARGET ? messages.label(Indicator.valueOf(change.name()), locale)
						: change.name()) + "’";
		String kind = messages.get("plan.diff.kind." + change.kind(), locale);
		if (change.kind() != Kind.CHANGED) {
			return subject + name + " " + kind;
		}
		String field = messages.get("plan.field." + change.field(), locale);
		return subject + name + " " + field + ": " + value(change, change.before(), messages, locale) + " → "
				+ value(change, change.after(), messages, locale);
	}

	/** A value of a change for reading: types by label, numbers with separators, nothing as a dash. */
	public static String value(Change change, String value, PlanMessages messages, Locale locale) {
		if (value == null) {
			return "–";
		}
		if ("type".equals(change.field())) {
			return messages.label(ProgramType.valueOf(value), locale);
		}
		return change.numeric() ? PlanFormat.number(new BigDecimal(value)) : value;
	}
}
