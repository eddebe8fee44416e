package kr.jobgoal.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.region.Government;

/**
 * A government's results for a year against its latest disclosed annual plan (the programs' figures;
 * the headline indicators are {@link Results#indicators}).
 *
 * @param government the government as it was in the year (the code its plan was filed under)
 * @param planVersion the disclosed plan version the results are measured against
 * @param jobsCreatedTotal the sum of the programs' figures; null when nothing has been reported
 * @param demo generated demo data (the plan or any fact counted), to be labelled as such
 * @param lastRecordedAt when the latest fact was recorded; null when none
 * @param targets the plan's headline targets, kept so {@link Results#indicators} need not read the plan again
 */
public record AnnualResults(Government government, int year, int planVersion, BigDecimal jobTargetTotal,
		BigDecimal jobsCreatedTotal, List<StrategyResult> strategies, boolean demo,
		OffsetDateTime lastRecordedAt, List<PlanContent.Target> targets) {

	public AnnualResults {
		strategies = List.copyOf(strategies);
		targets = List.copyOf(targets);
	}

	/** Jobs created against the plan's total job target (일자리 창출 목표). */
	public Achievement achievement() {
		return Achievement.of(jobsCreatedTotal, jobTargetTotal);
	}

	public List<ProgramResult> programs() {
		return strategies.stream().flatMap(s -> s.programs().stream()).toList();
	}

	public BigDecimal budgetExecutedTotal() {
		return programs().stream().map(ProgramResult::budgetExecuted).filter(Objects::nonNull)
			.reduce(BigDecimal::add).orElse(null);
	}

	/** Whether any result has been recorded. */
	public boolean reported() {
		return jobsCreatedTotal != null;
	}

	/** Whether every program has a figure for the whole year. */
	public boolean complete() {
		List<ProgramResult> programs = programs();
		return !programs.isEmpty() && programs.stream().allMatch(ProgramResult::complete);
	}

	/** Not complete although the year's due date (the calendar module's) has passed. */
	public boolean overdue(LocalDate dueDate, LocalDate today) {
		return !complete() && today.isAfter(dueDate);
	}

	/** A strategy (전략) and its programs' results. */
	public record StrategyResult(Long id, String title, List<ProgramResult> programs) {

		public StrategyResult {
			programs = List.copyOf(programs);
		}

		public BigDecimal jobTarget() {
			return programs.stream().map(ProgramResult::jobTarget).filter(Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/** The sum of the programs' figures; null when none has any. */
		public BigDecimal jobsCreated() {
			return programs.stream().map(ProgramResult::jobsCreated).filter(Objects::nonNull)
				.reduce(BigDecimal::add).orElse(null);
		}

		public Achievement achievement() {
			return Achievement.of(jobsCreated(), jobTarget());
		}
	}

	/**
	 * One program's (세부사업) result for the year.
	 *
	 * @param type the program type code, e.g. {@code EMPLOYMENT_SERVICES}
	 * @param jobsCreated null when nothing was reported
	 * @param monthsCovered how many months of the year the reported facts cover (12 when complete)
	 */
	public record ProgramResult(long programId, String name, String type, BigDecimal jobTarget,
			BigDecimal jobsCreated, BigDecimal budgetExecuted, BigDecimal budgetPlanned, int monthsCovered) {

		public Achievement achievement() {
			return Achievement.of(jobsCreated, jobTarget);
		}

		public boolean complete() {
			return monthsCovered >= YearFigure.MONTHS;
		}
	}
}
