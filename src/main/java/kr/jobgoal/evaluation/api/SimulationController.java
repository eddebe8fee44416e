package kr.jobgoal.evaluation.api;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kr.jobgoal.evaluation.scoring.ScoringEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public evaluation simulation: scores, ranks and awards what it is sent, and stores nothing. */
@RestController
@Tag(name = "평가", description = "전국 지방자치단체 일자리대상 평가: 채점, 순위, 포상")
class SimulationController {

	static final String PATH = "/api/v1/evaluations/simulate";

	/** The contract's example request (CONTRACT.md, "Evaluation simulation"). */
	static final String EXAMPLE_REQUEST = """
			{ "criteria": [
			    {"id": "achv", "kind": "quantitative", "method": "achievement_capped",
			     "indicator": "JOBS_CREATED", "maxPoints": "30", "cap": "1.2"},
			    {"id": "rate", "kind": "quantitative", "method": "peer_minmax",
			     "indicator": "EMPLOYMENT_RATE_15_64", "maxPoints": "20"},
			    {"id": "gain", "kind": "quantitative", "method": "peer_minmax_change",
			     "indicator": "EMPLOYMENT_RATE_15_64", "maxPoints": "10"},
			    {"id": "will", "kind": "qualitative", "maxPoints": "40"} ],
			  "peerGroups": {"city": ["45210", "45130"], "county": ["45710"]},
			  "governments": [
			    {"code": "45210",
			     "values": {"JOBS_CREATED": {"target": "3000", "actual": "6396"},
			                "EMPLOYMENT_RATE_15_64": {"actual": "71.0", "previous": "70.2"}},
			     "qualitative": {"will": ["31", "35", "28", "33", "30"]}},
			    {"code": "45130",
			     "values": {"JOBS_CREATED": {"target": "2500", "actual": "2600"},
			                "EMPLOYMENT_RATE_15_64": {"actual": "60.1", "previous": "59.0"}},
			     "qualitative": {"will": ["30", "32", "29"]}},
			    {"code": "45710",
			     "values": {"JOBS_CREATED": {"target": "1200", "actual": "1500"},
			                "EMPLOYMENT_RATE_15_64": {"actual": "67.4", "previous": "66.0"}},
			     "qualitative": {"will": ["34", "36", "35", "33", "38"]}} ],
			  "awards": [{"tier": "excellence", "perPeerGroup": 1, "incentive": "70000000"},
			             {"tier": "special", "perPeerGroup": 1, "incentive": "55000000"}] }
			""";

	/** The contract's response to {@link #EXAMPLE_REQUEST}. */
	static final String EXAMPLE_RESPONSE = """
			{ "rankings": [
			    {"peerGroup": "city", "entries": [
			      {"code": "45210", "rank": 1, "total": "81.33",
			       "points": {"achv": "30.00", "rate": "20.00", "gain": "0.00", "will": "31.33"}},
			      {"code": "45130", "rank": 2, "total": "66.33",
			       "points": {"achv": "26.00", "rate": "0.00", "gain": "10.00", "will": "30.33"}}]},
			    {"peerGroup": "county", "entries": [
			      {"code": "45710", "rank": 1, "total": "95.00",
			       "points": {"achv": "30.00", "rate": "20.00", "gain": "10.00", "will": "35.00"}}]} ],
			  "awards": [
			    {"code": "45210", "peerGroup": "city", "tier": "excellence", "incentive": "70000000"},
			    {"code": "45710", "peerGroup": "county", "tier": "excellence", "incentive": "70000000"},
			    {"code": "45130", "peerGroup": "city", "tier": "special", "incentive": "55000000"}] }
			""";

	@Operation(summary = "평가 모의 계산 (로그인 불필요, 저장 안 함)",
			description = """
					보낸 평가 지표(배점과 채점 방법), 비교 집단, 지자체별 값과 평가위원 점수, 포상 등급으로 점수·순위·포상을 계산합니다. \
					아무것도 저장하지 않습니다. 채점: achievement_capped = 배점 × min(실적÷목표, cap) ÷ cap (목표가 없거나 0이면 0점), \
					peer_minmax = 배점 × (v − 최소) ÷ (최대 − 최소) (최소·최대는 비교 집단 안에서, 모두 같으면 배점), \
					peer_minmax_change = 같은 식을 v = 실적 − 전년 값에, 정성 지표 = 평가위원 점수의 평균 (다섯 개 이상이면 최고·최저점을 하나씩 빼고). \
					총점은 지표 점수의 합이며, 점수는 정확한 값으로 계산·비교하고 응답에는 소수 둘째 자리에서 반올림해 보입니다. \
					순위는 비교 집단 안에서 총점이 높은 순, 동점은 같은 순위이고 다음 순위는 건너뜁니다 (1, 2, 2, 4). \
					포상은 등급 순서대로 각 비교 집단에서 다음 perPeerGroup개를 주고, 경계의 동점자는 모두 받으며, 한 지자체는 포상을 하나만 받습니다. \
					숫자는 문자열("70.2")로 보냅니다. 잘못된 입력은 400 problem+json으로 잘못된 항목을 모두 errors [{field, message}]에 알려 줍니다. \
					본문은 2MB까지 받습니다 (넘으면 413).""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = SimulationJson.Request.class),
							examples = @ExampleObject(name = "contract", summary = "계약서(CONTRACT.md)의 예", value = EXAMPLE_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "비교 집단별 순위와 포상",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = SimulationJson.Response.class),
									examples = @ExampleObject(name = "contract", summary = "계약서 예의 결과", value = EXAMPLE_RESPONSE))),
					@ApiResponse(responseCode = "400", description = "잘못된 입력: errors에 항목마다 {field, message}",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))),
					@ApiResponse(responseCode = "413", description = "본문이 2MB를 넘음",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									schema = @Schema(implementation = ProblemDetail.class))) })
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	SimulationJson.Response simulate(HttpServletRequest request) throws IOException {
		return SimulationJson.Response.of(
				ScoringEngine.evaluate(SimulationRequestReader.read(request.getInputStream(), request.getContentLengthLong())));
	}

	@ExceptionHandler(RequestTooLargeException.class)
	ProblemDetail tooLarge(RequestTooLargeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
		problem.setTitle("요청이 너무 큼");
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
