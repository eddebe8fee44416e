package kr.jobgoal.plan;

import java.time.Instant;

/**
 * A row of {@code plan_version} with its contents: the draft (version null) or a disclosed version.
 *
 * @param id the row's id (not the plan's version number)
 * @param basedOnVersion the disclosed version a draft started from, null for a first draft
 */
public record StoredVersion(long id, long planId, PlanKey key, boolean demo, Integer version, int lockVersion,
		Integer basedOnVersion, String reason, Instant updatedAt, String updatedBy, Instant disclosedAt,
		PlanContent content) {

	public boolean draft() {
		return version == null;
	}

	/** The draft's entity tag: changes with every save and differs between drafts. */
	public String etag() {
		return "\"" + id + "-" + lockVersion + "\"";
	}

	public DisclosedPlan toDisclosed() {
		return new DisclosedPlan(key.governmentId(), key.period(), version, disclosedAt, reason, demo, content);
	}
}
