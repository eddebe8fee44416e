package kr.jobgoal.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.Period;
import kr.jobgoal.shared.TextRule;

/**
 * Checks facts to append against the year, the plan's programs and the facts already recorded. Bad values
 * are errors (400); clashes with the recorded facts are conflicts (409). Either way nothing is written.
 * <ul>
 * <li>a fact names a program of the latest disclosed plan and a period inside the year;</li>
 * <li>jobs created is a whole number of persons, budget executed a whole number of won or nothing, ids are ids,
 * each within its {@link NumberBound}; a note and a reason are free text ({@link TextRule});</li>
 * <li>a correction names a fact of the same government and year that no one has corrected yet, and a reason;</li>
 * <li>each program and period has one current fact: a second one must be sent as a correction of the first.</li>
 * </ul>
 */
public final class FactValidator {

	public static final int MAX_TEXT = 1000;

	private FactValidator() {
	}

	/** The checked facts, or the problems; field names are {@code [i].name} as in the JSON array sent. */
	public record Outcome(List<NewFact> facts, List<FieldProblem> errors, List<FieldProblem> conflicts) {
	}

	public static Outcome check(int year, Set<Long> programIds, List<ResultFact> recorded, List<FactInput> inputs) {
		List<FieldProblem> errors = new ArrayList<>();
		List<FieldProblem> conflicts = new ArrayList<>();
		List<NewFact> facts = new ArrayList<>();
		if (inputs == null || inputs.isEmpty()) {
			errors.add(new FieldProblem("facts", "입력할 실적이 없습니다. 실적을 하나 이상 보내세요."));
			return new Outcome(List.of(), errors, conflicts);
		}
		Map<Long, ResultFact> byId = recorded.stream().collect(Collectors.toMap(ResultFact::id, Function.identity()));
		Set<Long> superseded = recorded.stream().map(ResultFact::supersedes).filter(id -> id != null)
			.collect(Collectors.toSet());
		// the current fact of each program and period, which a new fact for the same slot must correct
		Map<String, ResultFact> currentBySlot = new HashMap<>();
		ResultFacts.current(recorded).forEach(f -> currentBySlot.put(slot(f.programId(), f.period()), f));
		Set<Long> correctedInBatch = new HashSet<>();
		Set<String> slotsInBatch = new HashSet<>();

		for (int i = 0; i < inputs.size(); i++) {
			FactInput in = inputs.get(i);
			String at = "[" + i + "].";
			int before = errors.size();
			Long programId = wholeNumber(in.programId(), at + "programId", "사업 ID", true, NumberBound.ID, errors)
				.map(BigDecimal::longValueExact).orElse(null);
			if (programId != null && !programIds.contains(programId)) {
				errors.add(new FieldProblem(at + "programId",
						"사업 ID " + KoreanParticles.attach(String.valueOf(programId), "은") + " " + year + "년 공시된 연차별 세부계획에 없는 사업입니다."));
			}
			String period = period(in.period(), year, at + "period", errors);
			BigDecimal jobs = wholeNumber(in.jobsCreated(), at + "jobsCreated", "일자리 창출(취업) 실적", true, NumberBound.PERSONS, errors)
				.orElse(null);
			BigDecimal budget = wholeNumber(in.budgetExecuted(), at + "budgetExecuted", "예산 집행액(원)", false, NumberBound.WON, errors)
				.orElse(null);
			String note = text(in.note(), at + "note", "비고", errors);
			String reason = text(in.reason(), at + "reason", "정정 사유", errors);
			Long supersedes = wholeNumber(in.supersedes(), at + "supersedes", "정정할 실적 ID", false, NumberBound.ID, errors)
				.map(BigDecimal::longValueExact).orElse(null);
			if (supersedes != null) {
				ResultFact old = byId.get(supersedes);
				if (old == null) {
					errors.add(new FieldProblem(at + "supersedes",
							"정정할 실적 ID " + KoreanParticles.attach(String.valueOf(supersedes), "은") + " 이 지자체의 " + year + "년 실적에 없습니다."));
				}
				else if (superseded.contains(supersedes) || !correctedInBatch.add(supersedes)) {
					conflicts.add(new FieldProblem(at + "supersedes", "실적 ID " + KoreanParticles.attach(String.valueOf(supersedes), "은")
							+ " 이미 정정되었습니다. 실적 이력을 다시 불러와 최신 실적을 정정하세요."));
				}
				if (reason == null) {
					errors.add(new FieldProblem(at + "reason", "실적을 정정할 때는 정정 사유를 적어야 합니다."));
				}
			}
			if (errors.size() > before || programId == null || period == null) {
				continue;
			}
			String slot = slot(programId, period);
			if (!slotsInBatch.add(slot)) {
				errors.add(new FieldProblem(at + "period", "같은 사업·기간(" + period + ")의 실적을 한 번에 두 번 보냈습니다."));
				continue;
			}
			ResultFact current = currentBySlot.get(slot);
			if (current != null && (supersedes == null || current.id() != supersedes)) {
				conflicts.add(new FieldProblem(at + "period", "이 사업의 " + period + " 실적(ID " + current.id()
						+ ")이 이미 있습니다. 고치려면 그 실적을 정정(supersedes: " + current.id() + ")하세요."));
				continue;
			}
			facts.add(new NewFact(programId, period, jobs, budget, note, supersedes, reason));
		}
		return new Outcome(errors.isEmpty() && conflicts.isEmpty() ? facts : List.of(), errors, conflicts);
	}

	/**
	 * Why a current fact counts nowhere, if it does not: a longer period of the same program that holds it has a
	 * current fact of its own (2021Q4 when 2021H2 is recorded), and the longer period's figure counts
	 * ({@link YearFigure}). The entry form says so beside the saved fact.
	 */
	public static Optional<String> countsNowhere(ResultFact fact, Collection<ResultFact> current) {
		Period period = Period.parse(fact.period());
		return covering(fact.programId(), period, current).map(c -> PeriodLabels.korean(period)
				+ " 실적은 집계되지 않습니다. 이 사업에는 그 기간을 포함하는 " + PeriodLabels.korean(Period.parse(c.period()))
				+ " 실적(ID " + c.id() + ", 일자리 " + String.format("%,d", c.jobsCreated().toBigInteger())
				+ "명)이 있어, 더 긴 기간의 실적이 집계되기 때문입니다. 바꾸려면 그 실적을 정정하세요.");
	}

	/** The program's current fact for the longest period that holds this one, if any. */
	private static Optional<ResultFact> covering(long programId, Period period, Collection<ResultFact> current) {
		return current.stream()
			.filter(f -> f.programId() == programId)
			.filter(f -> {
				Period other = Period.parse(f.period());
				return !other.equals(period) && other.contains(period);
			})
			.min(Comparator.comparing((ResultFact f) -> Period.parse(f.period())));
	}

	private static String slot(long programId, String period) {
		return programId + "/" + period;
	}

	private static String period(String text, int year, String field, List<FieldProblem> errors) {
		TextRule.Checked checked = TextRule.check(text, TextRule.Kind.NAME, 20);
		if (!checked.accepted()) {
			errors.add(new FieldProblem(field, checked.messageKo("기간", 20)));
			return null;
		}
		if (checked.value() == null) {
			errors.add(new FieldProblem(field, "기간을 입력하세요. 예: " + Period.FORMS));
			return null;
		}
		try {
			Period period = Period.parse(checked.value());
			if (period.year() != year) {
				errors.add(new FieldProblem(field, "기간 " + KoreanParticles.attach(period.words(Locale.KOREAN), "은") + " " + year + "년 실적이 아닙니다."));
				return null;
			}
			return period.toString();
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldProblem(field, e.getMessage()));
			return null;
		}
	}

	/** A number within its bound, checked on its text before it is parsed or expanded ({@link NumberBound}). */
	private static Optional<BigDecimal> wholeNumber(String text, String field, String label, boolean required,
			NumberBound bound, List<FieldProblem> errors) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.add(new FieldProblem(field, KoreanParticles.attach(label, "을") + " 입력하세요."));
			}
			return Optional.empty();
		}
		NumberBound.Checked checked = bound.parse(text);
		if (!checked.accepted()) {
			errors.add(new FieldProblem(field, bound.messageKo(label, checked.refusal())));
			return Optional.empty();
		}
		return Optional.of(checked.value());
	}

	/** Free text (비고, 사유): lines allowed, controls refused, bidirectional controls removed ({@link TextRule}). */
	private static String text(String text, String field, String label, List<FieldProblem> errors) {
		TextRule.Checked checked = TextRule.check(text, TextRule.Kind.TEXT, MAX_TEXT);
		if (!checked.accepted()) {
			errors.add(new FieldProblem(field, checked.messageKo(label, MAX_TEXT)));
			return null;
		}
		return checked.value();
	}
}
