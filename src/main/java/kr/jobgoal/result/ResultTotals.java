package kr.jobgoal.result;

import java.math.BigDecimal;

/**
 * Results added up over a group of governments: a province (the metro government and its basic ones), the
 * nation, a peer group. The rate is over the governments that have reported: a government that has
 * disclosed a plan but reported nothing yet is counted as disclosed, not as a shortfall. Added up from the
 * stored roll-ups by {@link RollUpRepository#totals}.
 *
 * @param disclosed governments with a disclosed annual plan
 * @param reported of those, governments that have recorded results
 * @param jobTargetReported the total job targets of the governments that have reported
 * @param jobTargetDisclosed the total job targets of all disclosed plans
 * @param jobsCreated the jobs created they reported
 */
public record ResultTotals(int disclosed, int reported, BigDecimal jobTargetDisclosed, BigDecimal jobTargetReported,
		BigDecimal jobsCreated) {

	public Achievement achievement() {
		return Achievement.of(jobsCreated, jobTargetReported);
	}
}
