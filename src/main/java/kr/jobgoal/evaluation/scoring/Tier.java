package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;

/**
 * An award tier (포상 등급, e.g. 장관상 우수): how many governments of each peer group it takes, and the
 * incentive (인센티브 사업비, won) each of them receives.
 */
public record Tier(String name, int perPeerGroup, BigDecimal incentive) {

	public Tier {
		if (perPeerGroup < 0) {
			throw new IllegalArgumentException("perPeerGroup of " + name + " must not be negative");
		}
	}
}
