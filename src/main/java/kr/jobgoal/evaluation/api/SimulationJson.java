package kr.jobgoal.evaluation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import kr.jobgoal.evaluation.scoring.Points;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;

/**
 * The simulation's JSON as the contract fixes it; decimals are strings. The request records describe the
 * body for the OpenAPI document (the body itself is read by {@link SimulationRequestReader}, which checks
 * every field and bound); the response records are what is sent.
 */
final class SimulationJson {

	private SimulationJson() {
	}

	@Schema(name = "EvaluationSimulationRequest", description = "평가 모의 계산 요청: 평가 지표, 비교 집단, 지자체별 값과 점수, 포상 등급")
	record Request(
			@ArraySchema(arraySchema = @Schema(description = "평가 지표 (1~" + SimulationRequestReader.MAX_CRITERIA + "개)"),
					minItems = 1, maxItems = SimulationRequestReader.MAX_CRITERIA) List<CriterionJson> criteria,
			@Schema(description = "비교 집단 이름 → 지자체 코드 배열. 모든 지자체는 정확히 한 집단에 속합니다.",
					example = "{\"city\": [\"45210\", \"45130\"], \"county\": [\"45710\"]}") Map<String, List<String>> peerGroups,
			@ArraySchema(arraySchema = @Schema(description = "지자체별 값과 평가위원 점수 (1~" + SimulationRequestReader.MAX_GOVERNMENTS + "개)"),
					minItems = 1, maxItems = SimulationRequestReader.MAX_GOVERNMENTS) List<GovernmentJson> governments,
			@ArraySchema(arraySchema = @Schema(description = "포상 등급, 주는 순서대로 (없으면 순위만 계산)"),
					maxItems = SimulationRequestReader.MAX_TIERS) List<TierJson> awards) {
	}

	@Schema(name = "EvaluationCriterion", description = "평가 지표 하나")
	record CriterionJson(@Schema(description = "지표 id (글자, 숫자, _, -; 40자까지)", example = "achv", maxLength = 40) String id,
			@Schema(description = "quantitative (정량) 또는 qualitative (정성)", allowableValues = { "quantitative", "qualitative" }) String kind,
			@Schema(description = "정량 지표의 채점 방법. achievement_capped: 배점 × min(실적÷목표, cap) ÷ cap (목표 없음·0 → 0점); "
					+ "peer_minmax: 배점 × (v − 최소) ÷ (최대 − 최소), 비교 집단 안에서 (모두 같으면 배점); "
					+ "peer_minmax_change: 같은 식을 v = 실적 − 전년 값에. 정성 지표에는 쓰지 않습니다.",
					allowableValues = { "achievement_capped", "peer_minmax", "peer_minmax_change" }) String method,
			@Schema(description = "정량 지표가 읽는 지표 코드", example = "JOBS_CREATED") String indicator,
			@Schema(description = "배점 (0.01 이상 1,000 이하, 소수 둘째 자리까지)", example = "30") String maxPoints,
			@Schema(description = "achievement_capped의 달성 비율 상한 (1.2 = 120%; 0.0001 이상 10 이하, 소수 넷째 자리까지)", example = "1.2") String cap) {
	}

	@Schema(name = "EvaluationGovernmentInputs", description = "지자체 하나의 값과 평가위원 점수")
	record GovernmentJson(@Schema(description = "지자체 코드 (다섯 자리)", example = "45210") String code,
			@Schema(description = "지표 코드 → {target, actual, previous}. 정량 지표마다 실적(actual)이, peer_minmax_change에는 전년 값(previous)도 필요합니다. "
					+ "비율(%) 지표는 0~100에 소수 첫째 자리까지, 천 명 단위 지표(EMPLOYED_PERSONS, REGULAR_WORKERS)는 소수 첫째 자리까지, "
					+ "JOBS_CREATED는 정수.") Map<String, ValuesJson> values,
			@Schema(description = "정성 지표 id → 평가위원 점수 배열 (1~" + SimulationRequestReader.MAX_SCORES
					+ "개, 각 0~배점, 소수 둘째 자리까지). 다섯 개 이상이면 최고·최저점을 하나씩 빼고 평균합니다.") Map<String, List<String>> qualitative) {
	}

	@Schema(name = "EvaluationIndicatorValues")
	record ValuesJson(@Schema(description = "목표", example = "3000") String target,
			@Schema(description = "실적", example = "6396") String actual,
			@Schema(description = "전년 값", example = "70.2") String previous) {
	}

	@Schema(name = "EvaluationTier", description = "포상 등급 하나")
	record TierJson(@Schema(description = "등급 이름 (50자까지)", example = "excellence", maxLength = 50) String tier,
			@Schema(description = "비교 집단마다 이 등급을 받는 수 (경계의 동점자는 모두 받음)", example = "1", minimum = "0",
					maximum = "" + SimulationRequestReader.MAX_GOVERNMENTS) int perPeerGroup,
			@Schema(description = "인센티브 (원, 정수)", example = "70000000") String incentive) {
	}

	@Schema(name = "EvaluationSimulationResult", description = "비교 집단별 순위와 포상")
	record Response(List<RankingJson> rankings, List<AwardJson> awards) {

		static Response of(ScoringOutcome outcome) {
			return new Response(outcome.rankings().stream().map(RankingJson::of).toList(),
					outcome.awards().stream().map(AwardJson::of).toList());
		}
	}

	@Schema(name = "EvaluationRanking", description = "비교 집단 하나의 순위, 높은 총점부터 (동점은 같은 순위, 다음 순위는 건너뜀: 1, 2, 2, 4)")
	record RankingJson(@Schema(example = "city") String peerGroup, List<EntryJson> entries) {

		static RankingJson of(ScoringOutcome.Ranking ranking) {
			return new RankingJson(ranking.peerGroup(), ranking.entries().stream().map(EntryJson::of).toList());
		}
	}

	@Schema(name = "EvaluationRankingEntry")
	record EntryJson(@Schema(example = "45210") String code, @Schema(example = "1") int rank,
			@Schema(description = "총점, 소수 둘째 자리 반올림 (순위는 정확한 값으로 비교)", example = "81.33") String total,
			@Schema(description = "지표 id → 점수 (소수 둘째 자리 반올림)", example = "{\"achv\": \"30.00\", \"will\": \"31.33\"}") Map<String, String> points) {

		static EntryJson of(ScoringOutcome.Entry entry) {
			Map<String, String> points = new LinkedHashMap<>();
			entry.points().forEach((id, p) -> points.put(id, shown(p)));
			return new EntryJson(entry.code(), entry.rank(), shown(entry.total()), points);
		}

		private static String shown(Points points) {
			return points.shown().toPlainString();
		}
	}

	@Schema(name = "EvaluationAward")
	record AwardJson(@Schema(example = "45210") String code, @Schema(example = "city") String peerGroup,
			@Schema(example = "excellence") String tier, @Schema(description = "인센티브 (원)", example = "70000000") String incentive) {

		static AwardJson of(ScoringOutcome.Award award) {
			return new AwardJson(award.code(), award.peerGroup(), award.tier(), award.incentive().toPlainString());
		}
	}
}
