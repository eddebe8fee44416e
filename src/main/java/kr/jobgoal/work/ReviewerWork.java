package kr.jobgoal.work;

import java.util.List;

import kr.jobgoal.plan.AnnualPlanProgress;
import kr.jobgoal.region.Government;

/** A provincial reviewer's work: the drafts of the province's governments, those awaiting comment first. */
record ReviewerWork(Government province, List<DraftItem> drafts) {

	/** @param government the government as it was in the plan's year */
	record DraftItem(Government government, AnnualPlanProgress.Standing standing) {
	}

	public long awaitingComment() {
		return drafts.stream().filter(d -> d.standing().awaitingComment()).count();
	}
}
