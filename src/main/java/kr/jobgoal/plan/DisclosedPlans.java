package kr.jobgoal.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The plan module's public API: disclosed plans only (drafts never leave the module). */
public interface DisclosedPlans {

	/** The latest disclosed version of the government's plan for the period. */
	Optional<DisclosedPlan> latest(long governmentId, PlanPeriod period);

	/** The latest disclosed annual plan of the government for the year. */
	default Optional<DisclosedPlan> latestAnnual(long governmentId, int year) {
		return latest(governmentId, PlanPeriod.annual(year));
	}

	Optional<DisclosedPlan> version(long governmentId, PlanPeriod period, int version);

	/** Every disclosed version of the plan, oldest first. */
	List<VersionSummary> versions(long governmentId, PlanPeriod period);

	/** Every disclosed version of every government's annual plan for the year (bulk downloads), by government and version. */
	List<DisclosedPlan> allAnnualVersions(int year);

	record VersionSummary(int version, Instant disclosedAt, String reason) {
	}
}
