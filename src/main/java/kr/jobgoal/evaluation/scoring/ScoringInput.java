package kr.jobgoal.evaluation.scoring;

import java.util.List;

/**
 * Everything one evaluation is computed from: the rubric's criteria, the peer groups in the order results are
 * listed, every government with its inputs (each in exactly one of those groups), and the tiers in the order
 * they are awarded.
 */
public record ScoringInput(List<Criterion> criteria, List<String> peerGroups, List<GovernmentInputs> governments,
		List<Tier> tiers) {

	public ScoringInput {
		criteria = List.copyOf(criteria);
		peerGroups = List.copyOf(peerGroups);
		governments = List.copyOf(governments);
		tiers = List.copyOf(tiers);
	}
}
