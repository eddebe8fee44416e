package kr.jobgoal.plan;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public plan pages read across a government's or a year's plans (disclosed versions only). */
@Service
@Transactional(readOnly = true)
class PlanOverviews {

	private final PlanRepository plans;

	PlanOverviews(PlanRepository plans) {
		this.plans = plans;
	}

	/** Each of the government's plan periods with its latest disclosed version (null: none yet). */
	Map<PlanPeriod, Integer> latestVersionsOf(long governmentId) {
		return plans.latestVersionsOf(governmentId);
	}

	/** The latest year for which any government has an annual plan. */
	Optional<Integer> latestAnnualYear() {
		return plans.latestAnnualYear();
	}
}
