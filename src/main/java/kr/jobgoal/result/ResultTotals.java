package kr.jobgoal.result;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Results added up over a group of governments: a province (the metro government and its basic ones), the
 * nation, a peer group. The rate is over the governments that have reported: a government that has
 * disclosed a plan but reported nothing yet is counted as disclosed, not as a shortfall.
 *
 * @param disclosed governments with a disclosed annual plan
 * @param reported of those, governments that have recorded results
 * @param jobTargetReported the total job targets of the governments that have reported
 * @param jobTargetDisclosed the total job targets of all disclosed plans
 * @param jobsCreated the jobs created they reported
 */
public record ResultTotals(int disclosed, int reported, BigDecimal jobTargetDisclosed, BigDecimal jobTargetReported,
		BigDecimal jobsCreated) {

	public static ResultTotals of(Collection<AnnualResults> results) {
		int reported = 0;
		BigDecimal targetDisclosed = BigDecimal.ZERO;
		BigDecimal targetReported = BigDecimal.ZERO;
		BigDecimal created = BigDecimal.ZERO;
		for (AnnualResults r : results) {
			BigDecimal target = r.jobTargetTotal() == null ? BigDecimal.ZERO : r.jobTargetTotal();
			targetDisclosed = targetDisclosed.add(target);
			if (r.reported()) {
				reported++;
				targetReported = targetReported.add(target);
				created = created.add(r.jobsCreatedTotal());
			}
		}
		return new ResultTotals(results.size(), reported, targetDisclosed, targetReported, reported == 0 ? null : created);
	}

	public Achievement achievement() {
		return Achievement.of(jobsCreated, jobTargetReported);
	}
}
