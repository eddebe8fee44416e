package kr.jobgoal.plan;

import java.util.EnumSet;
import java.util.Set;

import kr.jobgoal.statistics.Indicator;

/** What a plan's headline target of an indicator must look like; the indicators and units are the statistics module's. */
public final class TargetRules {

	/** 고용률 (15–64세) and 취업자 수 are mandatory in every plan (DOMAIN §1). */
	public static final Set<Indicator> MANDATORY = EnumSet.of(Indicator.EMPLOYMENT_RATE_15_64, Indicator.EMPLOYED_PERSONS);

	private TargetRules() {
	}

	/** The message code of the unit as people read it (%, 천명, 개). */
	public static String unitLabelCode(Indicator indicator) {
		return "plan.unit." + (indicator.isRate() ? "percent" : indicator.unit());
	}
}
