package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The confirmed results of an award year: awards, rankings and one government's points explained. */
@RestController
@Tag(name = "평가", description = "전국 지방자치단체 일자리대상 평가: 채점, 순위, 포상")
class AwardsApiController {

	private final AwardResults results;

	AwardsApiController(AwardResults results) {
		this.results = results;
	}

	@Schema(name = "Award", description = "확정된 포상 하나")
	record AwardJson(@Schema(example = "45210") String governmentCode,
			@Schema(description = "부문 코드 (disclosure = 지역일자리 목표 공시제 부문, program = 우수사업 부문)", example = "disclosure") String category,
			@Schema(description = "비교 집단 코드", example = "city") String peerGroup,
			@Schema(description = "포상 등급 코드", example = "minister-excellent") String tier,
			@Schema(description = "인센티브 (원)", example = "70000000") String incentive) {
	}

	@Operation(summary = "확정된 포상", description = "연도의 확정된 포상 전체 (부문, 등급, 비교 집단, 순위 순). 확정 전이거나 평가가 없으면 404.")
	@ApiResponse(responseCode = "200", description = "포상 목록")
	@GetMapping("/api/v1/awards/{year}")
	List<AwardJson> awards(@PathVariable int year) {
		return results.awards(year).stream().map(a -> new AwardJson(a.governmentCode(), a.category(), a.peerGroup(),
				a.tier(), a.incentive().toPlainString())).toList();
	}

	@Schema(name = "ConfirmedRanking", description = "부문 하나, 비교 집단 하나의 확정 순위 (모의 계산의 rankings와 같은 모양에 부문을 더함)")
	record RankingJson(@Schema(example = "disclosure") String category, @Schema(example = "city") String peerGroup,
			List<EntryJson> entries) {
	}

	@Schema(name = "ConfirmedRankingEntry")
	record EntryJson(@Schema(example = "45210") String code, @Schema(example = "5") int rank,
			@Schema(description = "총점, 소수 둘째 자리 반올림", example = "81.33") String total,
			@Schema(description = "지표 id → 점수 (소수 둘째 자리 반올림)", example = "{\"achv\": \"30.00\", \"plan\": \"15.20\"}") Map<String, String> points) {
	}

	@Operation(summary = "확정된 순위", description = "연도의 확정된 순위: 부문과 비교 집단마다 높은 총점부터 (동점은 같은 순위, 다음 순위는 건너뜀). 확정 전이면 404.")
	@ApiResponse(responseCode = "200", description = "부문·비교 집단별 순위")
	@GetMapping("/api/v1/evaluations/{year}/rankings")
	List<RankingJson> rankings(@PathVariable int year) {
		List<RankingJson> rankings = new ArrayList<>();
		AwardResults.Confirmed confirmed = results.confirmed(year);
		for (AwardResults.GroupRanking group : confirmed.rankings()) {
			rankings.add(new RankingJson(group.category(), group.peerGroup(), group.entries().stream()
				.map(e -> new EntryJson(e.code(), e.rank(), shown(e.total()), shownPoints(e.points()))).toList()));
		}
		return rankings;
	}

	@Schema(name = "GovernmentEvaluation", description = "한 지자체의 확정된 평가: 부문마다 지표별 점수, 그 입력값, 비교 집단의 최솟값·중앙값·최댓값")
	record GovernmentEvaluationJson(@Schema(example = "45210") String governmentCode, @Schema(example = "2021") int year,
			List<CategoryJson> categories) {
	}

	@Schema(name = "GovernmentEvaluationCategory")
	record CategoryJson(@Schema(example = "disclosure") String category, @Schema(example = "지역일자리 목표 공시제 부문") String categoryNameKo,
			@Schema(example = "city") String peerGroup, @Schema(description = "비교 집단의 지자체 수", example = "75") int peerGroupSize,
			@Schema(example = "5") int rank, @Schema(example = "81.33") String total,
			@Schema(description = "포상 등급 코드 (없으면 null)", example = "minister-excellent", nullable = true) String tier,
			@Schema(description = "포상 등급 이름 (없으면 null)", example = "장관상 우수", nullable = true) String tierNameKo,
			@Schema(description = "인센티브 (원, 없으면 null)", example = "70000000", nullable = true) String incentive,
			List<CriterionJson> criteria) {
	}

	@Schema(name = "GovernmentEvaluationCriterion")
	record CriterionJson(@Schema(example = "achv") String id, @Schema(example = "일자리 목표 달성도") String nameKo,
			@Schema(description = "achievement_capped, peer_minmax, peer_minmax_change 또는 qualitative", example = "achievement_capped") String method,
			@Schema(example = "30.00") String maxPoints, @Schema(example = "30.00") String points,
			@Schema(description = "비교 집단 안에서 이 지표 점수의 순위 (동점은 같은 순위)", example = "1") int peerRank,
			@Schema(example = "0.00") String peerMin, @Schema(example = "21.50") String peerMedian,
			@Schema(example = "30.00") String peerMax,
			@Schema(description = "정량 지표가 읽은 고정 입력값 (정성 지표는 null)", nullable = true) InputJson input) {
	}

	@Schema(name = "GovernmentEvaluationInput", description = "평가 시작 때 고정된 입력값과 그 출처")
	record InputJson(@Schema(example = "JOBS_CREATED") String indicator,
			@Schema(example = "3000", nullable = true) String target, @Schema(example = "6396", nullable = true) String actual,
			@Schema(example = "70.2", nullable = true) String previous,
			@Schema(example = "연차별 세부계획 2020년 1차 공시본과 추진실적") String source) {
	}

	@Operation(summary = "한 지자체의 확정된 평가", description = "부문마다 지표별 점수와 그 입력값, 비교 집단 안의 최솟값·중앙값·최댓값과 순위. 확정 전이거나 평가 대상이 아니면 404.")
	@ApiResponse(responseCode = "200", description = "지표별 설명")
	@GetMapping("/api/v1/evaluations/{year}/governments/{code}")
	GovernmentEvaluationJson government(@PathVariable int year, @PathVariable String code) {
		AwardResults.Explained explained = results.explain(year, code);
		List<CategoryJson> categories = new ArrayList<>();
		for (AwardResults.CategoryExplained c : explained.categories()) {
			List<CriterionJson> criteria = c.criteria().stream().map(r -> new CriterionJson(r.code(), r.nameKo(),
					r.method(), shown(r.maxPoints()), shown(r.points()), r.peerRank(), shown(r.peerMin()),
					shown(r.peerMedian()), shown(r.peerMax()),
					r.input() == null ? null : new InputJson(r.input().indicator().name(), plain(r.input().target()),
							plain(r.input().actual()), plain(r.input().previous()), r.input().source())))
				.toList();
			categories.add(new CategoryJson(c.category(), c.categoryNameKo(), c.peerGroup(), c.peerGroupSize(), c.rank(),
					shown(c.total()), c.tier(), c.tierNameKo(), c.incentive() == null ? null : c.incentive().toPlainString(),
					criteria));
		}
		return new GovernmentEvaluationJson(explained.governmentCode(), year, categories);
	}

	static String shown(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static Map<String, String> shownPoints(Map<String, BigDecimal> points) {
		Map<String, String> shown = new LinkedHashMap<>();
		points.forEach((k, v) -> shown.put(k, shown(v)));
		return shown;
	}
}
