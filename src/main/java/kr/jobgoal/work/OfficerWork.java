package kr.jobgoal.work;

import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.plan.AnnualPlanProgress;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.AnnualResultProgress;

/**
 * A local officer's work: their government's annual plans and results, each with its deadline and what is
 * missing.
 */
record OfficerWork(Government government, List<PlanItem> plans, List<ResultItem> results) {

	/** Where a year's annual plan stands, from the officer's side. */
	enum PlanState {
		/** nothing begun, nothing disclosed */
		NO_DRAFT,
		/** a draft that was never disclosed */
		DRAFT_NOT_DISCLOSED,
		/** disclosed, with an amendment being drafted */
		AMENDMENT_DRAFT,
		/** disclosed, nothing pending */
		DISCLOSED
	}

	/**
	 * @param government the government as it was in the year (the code its plan is filed under)
	 * @param standing null when the year has no plan at all
	 * @param overdue not disclosed although the deadline has passed
	 */
	record PlanItem(int year, Government government, LocalDate due, AnnualPlanProgress.Standing standing,
			PlanState state, boolean overdue) {
	}

	/**
	 * @param government the government as it was in the year
	 * @param overdue not complete although the deadline has passed
	 */
	record ResultItem(int year, Government government, LocalDate due, AnnualResultProgress.YearProgress progress,
			boolean overdue) {
	}

	/** What is missing, for the summary: plans not disclosed, results not complete. */
	public long plansMissing() {
		return plans.stream().filter(p -> p.state() == PlanState.NO_DRAFT || p.state() == PlanState.DRAFT_NOT_DISCLOSED)
			.count();
	}

	public long resultsMissing() {
		return results.stream().filter(r -> !r.progress().complete()).count();
	}
}
