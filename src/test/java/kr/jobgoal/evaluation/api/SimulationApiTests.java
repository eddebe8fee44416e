package kr.jobgoal.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/evaluations/simulate} through the real HTTP stack, without login. */
class SimulationApiTests extends HttpTest {

	private static final String PATH = "/api/v1/evaluations/simulate";

	/** CONTRACT.md's example request, as written there. */
	private static final String CONTRACT_REQUEST = """
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

	/** CONTRACT.md's response to it. */
	private static final String CONTRACT_RESPONSE = """
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

	@Test
	void theContractsExampleGivesTheContractsRankingsAndAwards() {
		HttpResponse<String> response = sendJson("POST", PATH, CONTRACT_REQUEST, Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(json(response)).isEqualTo(JSON.readTree(CONTRACT_RESPONSE));
		// decimals are strings, the points in the rubric's order; nothing is stored, so no session either
		JsonNode first = json(response).get("rankings").get(0).get("entries").get(0);
		assertThat(first.get("total").isString()).isTrue();
		assertThat(first.get("points").propertyNames()).containsExactly("achv", "rate", "gain", "will");
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void theDocumentedExampleIsTheContractsAndAnswersAsDocumented() {
		assertThat(JSON.readTree(SimulationController.EXAMPLE_REQUEST)).isEqualTo(JSON.readTree(CONTRACT_REQUEST));
		assertThat(JSON.readTree(SimulationController.EXAMPLE_RESPONSE)).isEqualTo(JSON.readTree(CONTRACT_RESPONSE));
		JsonNode operation = json(get("/v3/api-docs")).get("paths").get(PATH).get("post");
		assertThat(operation.get("summary").asString()).contains("평가 모의 계산");
		assertThat(operation.get("description").asString()).contains("최고·최저점").contains("1, 2, 2, 4");
		JsonNode example = operation.get("requestBody").get("content").get("application/json").get("examples").get("contract");
		assertThat(JSON.readTree(example.get("value").isString() ? example.get("value").asString() : example.get("value").toString()))
			.isEqualTo(JSON.readTree(CONTRACT_REQUEST));
		assertThat(operation.get("responses").has("400")).isTrue();
	}

	@Test
	void numbersMaySendAsJsonNumbersAndAreReadExactly() {
		String request = CONTRACT_REQUEST.replace("\"maxPoints\": \"30\"", "\"maxPoints\": 30")
			.replace("\"71.0\"", "71.0")
			.replace("\"incentive\": \"70000000\"", "\"incentive\": 7E+7");
		HttpResponse<String> response = sendJson("POST", PATH, request, Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response)).isEqualTo(JSON.readTree(CONTRACT_RESPONSE));
	}

	@Test
	void badInputNamesEveryOffendingFieldAtOnce() {
		String request = """
				{ "criteria": [
				    {"id": "achv", "kind": "quantitative", "method": "achievement", "indicator": "JOBS_CREATED", "maxPoints": "30"},
				    {"id": "rate", "kind": "quantitative", "method": "peer_minmax", "indicator": "EMPLOYMENT_RATE", "maxPoints": "20"},
				    {"id": "gain", "kind": "quantitative", "method": "peer_minmax_change", "indicator": "EMPLOYMENT_RATE_15_64",
				     "maxPoints": "10"},
				    {"id": "will", "kind": "qualitative", "maxPoints": "40"},
				    {"id": "cap", "kind": "quantitative", "method": "achievement_capped", "indicator": "JOBS_CREATED",
				     "maxPoints": "10", "cap": "0"},
				    {"id": "bad", "kind": "qualitative", "maxPoints": "열"} ],
				  "peerGroups": {"city": ["45210", "45130"], "county": ["45130", "4571"]},
				  "governments": [
				    {"code": "45210",
				     "values": {"JOBS_CREATED": {"target": "3000", "actual": "-5"}, "EMPLOYMENT_RATE_15_64": {"actual": "71.0"},
				                "SOMETHING": {"actual": "1"}},
				     "qualitative": {"will": ["31", "41", "28"]}},
				    {"code": "45130", "values": {"EMPLOYMENT_RATE_15_64": {"actual": "60.1", "previous": "59.0"}}},
				    {"code": "45720", "values": {"EMPLOYMENT_RATE_15_64": {"actual": "101", "previous": "59.0"}},
				     "qualitative": {"will": ["30"], "nope": ["1"]}, "extra": true} ],
				  "awards": [{"tier": "excellence", "perPeerGroup": -1, "incentive": "7000.5"}] }
				""";
		HttpResponse<String> response = sendJson("POST", PATH, request, Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("detail").asString()).contains("잘못된 값");
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> {
			fields.add(e.get("field").asString());
			assertThat(e.get("message").asString()).as(e.get("field").asString()).matches(".*[가-힣].*");
		});
		assertThat(fields).contains(
				"criteria[0].method", // unknown method
				"criteria[1].indicator", // unknown indicator
				"criteria[5].maxPoints", // not a number
				"criteria[4].cap", // out of range
				"peerGroups.county[0]", // 45130 in two peer groups
				"peerGroups.county[1]", // not a code
				"governments[0].values.JOBS_CREATED.actual", // negative
				"governments[0].values.EMPLOYMENT_RATE_15_64.previous", // missing for peer_minmax_change
				"governments[0].values.SOMETHING", // unknown indicator
				"governments[0].qualitative.will[1]", // score over maxPoints
				"governments[1].qualitative.will", // missing scores
				"governments[2].code", // in no peer group
				"governments[2].values.EMPLOYMENT_RATE_15_64.actual", // a rate over 100
				"governments[2].qualitative.nope", // not a qualitative criterion
				"governments[2].extra", // unknown field
				"awards[0].perPeerGroup", "awards[0].incentive");
		// a criterion that is itself wrong is reported there, not again for every government
		assertThat(fields).doesNotContain("governments[0].values.JOBS_CREATED", "governments[1].values.JOBS_CREATED",
				"governments[0].qualitative.bad");
	}

	@Test
	void aGovernmentOfAPeerGroupMustBeAmongTheGovernments() {
		String request = CONTRACT_REQUEST.replace("\"county\": [\"45710\"]", "\"county\": [\"45710\", \"45720\"]");
		HttpResponse<String> response = sendJson("POST", PATH, request, Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("peerGroups.county[1]");
	}

	@Test
	void listsAreBounded() {
		StringBuilder scores = new StringBuilder();
		for (int i = 0; i < SimulationRequestReader.MAX_SCORES + 1; i++) {
			scores.append(i == 0 ? "" : ", ").append("\"30\"");
		}
		String request = CONTRACT_REQUEST.replace("[\"30\", \"32\", \"29\"]", "[" + scores + "]");
		HttpResponse<String> response = sendJson("POST", PATH, request, Map.of());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("governments[1].qualitative.will");
		HttpResponse<String> empty = sendJson("POST", PATH, "{\"criteria\": [], \"peerGroups\": {}, \"governments\": []}", Map.of());
		assertThat(fields(empty)).containsExactly("criteria", "peerGroups", "governments");
	}

	@Test
	void notJsonOrNoBodyIsABadRequest() {
		HttpResponse<String> broken = sendJson("POST", PATH, "{\"criteria\": [", Map.of());
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(json(broken).get("detail").asString()).contains("JSON");
		HttpResponse<String> duplicate = sendJson("POST", PATH, "{\"criteria\": [], \"criteria\": []}", Map.of());
		assertThat(duplicate.statusCode()).isEqualTo(400);
		HttpResponse<String> array = sendJson("POST", PATH, "[]", Map.of());
		assertThat(array.statusCode()).isEqualTo(400);
		assertThat(fields(array)).containsExactly("body");
		HttpResponse<String> none = sendJson("POST", PATH, "", Map.of());
		assertThat(none.statusCode()).isEqualTo(400);
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
		String padding = " ".repeat(SimulationRequestReader.MAX_BODY_BYTES);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url(PATH)))
			.POST(HttpRequest.BodyPublishers.ofString(CONTRACT_REQUEST + padding))
			.header("Content-Type", "application/json")
			.build());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains("2MB");
	}

	private static List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}
}
