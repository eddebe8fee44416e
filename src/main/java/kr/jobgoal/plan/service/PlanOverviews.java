package kr.jobgoal.plan.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.store.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public plan pages read across a government's or a year's plans (disclosed versions only). */
@Service
@Transactional(readOnly = true)
public class PlanOverviews {

	private final PlanRepository plans;

	PlanOverviews(PlanRepository plans) {
		this.plans = plans;
	}

	/** Each of the government's plan periods with its latest disclosed version (null: none yet). */
	public Map<PlanPeriod, Integer> latestVersionsOf(long governmentId) {
		return plans.latestVersionsOf(governmentId);
	}

	/** The periods in which the government has a disclosed plan, latest first. */
	public List<PlanPeriod> disclosedPeriodsOf(long governmentId) {
		return plans.disclosedPeriodsOf(governmentId);
	}

	/** The latest year for which any government has an annual plan. */
	public Optional<Integer> latestAnnualYear() {
		return plans.latestAnnualYear();
	}
}
