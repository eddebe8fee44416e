package kr.jobgoal.plan;

import java.time.Instant;

/**
 * One disclosed (공시) version of a plan. It never changes; a later amendment is a new version.
 *
 * @param governmentId the region module's government identity
 * @param reason why this version amends the previous one; null for a first version
 * @param demo generated demo data, to be labelled as such wherever it is shown
 */
public record DisclosedPlan(long governmentId, PlanPeriod period, int version, Instant disclosedAt, String reason,
		boolean demo, PlanContent content) {
}
