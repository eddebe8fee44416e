package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import kr.jobgoal.statistics.Indicator;

/**
 * What one government is scored on: its peer group (비교 집단), its figures per indicator and, per qualitative
 * criterion id, the evaluators' scores.
 */
public record GovernmentInputs(String code, String peerGroup, Map<Indicator, IndicatorValues> values,
		Map<String, List<BigDecimal>> scores) {

	public GovernmentInputs {
		values = Map.copyOf(values);
		scores = Map.copyOf(scores);
	}
}
