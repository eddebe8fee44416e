package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Rankings per peer group (in the input's order of groups) and the awards, tier by tier. */
public record ScoringOutcome(List<Ranking> rankings, List<Award> awards) {

	/** One peer group's governments, best first. */
	public record Ranking(String peerGroup, List<Entry> entries) {
	}

	/**
	 * A government's competition rank in its peer group (1, 2, 2, 4), its exact total and its points per
	 * criterion id, in the rubric's order.
	 */
	public record Entry(String code, int rank, Points total, Map<String, Points> points) {
	}

	public record Award(String code, String peerGroup, String tier, BigDecimal incentive) {
	}
}
