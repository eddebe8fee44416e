package kr.jobgoal.plan;

/** Which plan: a government's plan for a period. */
public record PlanKey(long governmentId, PlanPeriod period) {

	public static PlanKey annual(long governmentId, int year) {
		return new PlanKey(governmentId, PlanPeriod.annual(year));
	}

	@Override
	public String toString() {
		return governmentId + "/" + period.slug();
	}
}
