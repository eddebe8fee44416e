package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The write API with bearer tokens of the demo users: ETag / If-Match, 412, 428, 403, disclosure. */
class PlanDraftApiTests extends HttpTest {

	private Map<String, String> as(String user, String... headers) {
		Map<String, String> all = new HashMap<>(ApiTokens.bearer(this, user));
		for (int i = 0; i < headers.length; i += 2) {
			all.put(headers[i], headers[i + 1]);
		}
		return all;
	}

	private static ObjectNode sample() {
		return (ObjectNode) JSON.valueToTree(PlanInput.of(PlanTestData.sample()));
	}

	@Test
	void aDraftIsCreatedSavedWithItsETagAndDisclosedTwice() {
		String path = "/api/v1/governments/45210/plans/2040";
		HttpResponse<String> noPrecondition = sendJson("PUT", path + "/draft", sample(), as("gimje"));
		assertThat(noPrecondition.statusCode()).isEqualTo(428);
		assertThat(noPrecondition.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(noPrecondition).get("detail").asString()).contains("If-Match");

		HttpResponse<String> created = sendJson("PUT", path + "/draft", sample(), as("gimje", "If-None-Match", "*"));
		assertThat(created.statusCode()).isEqualTo(201);
		String etag = created.headers().firstValue("ETag").orElseThrow();
		JsonNode draft = json(created);
		assertThat(draft.get("jobTargetTotal").asString()).isEqualTo("3000");
		assertThat(draft.has("version")).isFalse();
		assertThat(draft.has("status")).isFalse();
		long packageId = draft.get("strategies").get(0).get("programs").get(0).get("id").asLong();

		HttpResponse<String> read = get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag").orElseThrow()).isEqualTo(etag);

		ObjectNode changed = (ObjectNode) json(read);
		((ObjectNode) changed.get("strategies").get(0).get("programs").get(0)).put("jobTarget", "450");
		HttpResponse<String> saved = sendJson("PUT", path + "/draft", changed, as("gimje", "If-Match", etag));
		assertThat(saved.statusCode()).isEqualTo(200);
		String newEtag = saved.headers().firstValue("ETag").orElseThrow();
		assertThat(newEtag).isNotEqualTo(etag);
		assertThat(json(saved).get("strategies").get(0).get("programs").get(0).get("id").asLong()).isEqualTo(packageId);

		// a stale ETag: 412 with the other change, nothing changed
		ObjectNode stale = sample();
		stale.put("jobTargetTotal", "2000");
		HttpResponse<String> conflict = sendJson("PUT", path + "/draft", stale, as("gimje", "If-Match", etag));
		assertThat(conflict.statusCode()).isEqualTo(412);
		JsonNode problem = json(conflict);
		assertThat(problem.get("detail").asString()).contains("먼저 저장");
		assertThat(problem.get("currentETag").asString()).isEqualTo(newEtag);
		assertThat(problem.get("changes").get(0).asString()).isEqualTo("사업 ‘고용안정 선제대응 패키지’ 일자리 목표: 438 → 450");
		JsonNode unchanged = json(get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")));
		assertThat(unchanged.get("jobTargetTotal").asString()).isEqualTo("3000");

		HttpResponse<String> v1 = sendJson("POST", path + "/disclosures", Map.of(), as("gimje"));
		assertThat(v1.statusCode()).isEqualTo(201);
		assertThat(v1.headers().firstValue("Location").orElseThrow()).endsWith(path + "/versions/1");
		assertThat(json(v1).get("version").asInt()).isEqualTo(1);

		ObjectNode amendment = (ObjectNode) json(get(path, "Accept", "application/json"));
		amendment.put("jobTargetTotal", "3100");
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(201);
		HttpResponse<String> noReason = sendJson("POST", path + "/disclosures", Map.of("reason", " "), as("gimje"));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(json(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
		HttpResponse<String> v2 = sendJson("POST", path + "/disclosures", Map.of("reason", "추경 반영"), as("gimje"));
		assertThat(v2.statusCode()).isEqualTo(201);

		JsonNode versions = json(get(path + "/versions"));
		assertThat(versions).hasSize(2);
		assertThat(versions.get(1).get("reason").asString()).isEqualTo("추경 반영");
		JsonNode latest = json(get(path));
		assertThat(latest.get("jobTargetTotal").asString()).isEqualTo("3100");
		assertThat(latest.get("strategies").get(0).get("programs").get(0).get("id").asLong()).isEqualTo(packageId);
		assertThat(get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theOfficerOfGimjeCannotWriteIksansPlanAndNothingChanges() {
		String iksan = "/api/v1/governments/45140/plans/2041";
		HttpResponse<String> created = sendJson("PUT", iksan + "/draft", sample(), as("iksan", "If-None-Match", "*"));
		assertThat(created.statusCode()).isEqualTo(201);
		String etag = created.headers().firstValue("ETag").orElseThrow();

		ObjectNode hostile = sample();
		hostile.put("jobTargetTotal", "1");
		HttpResponse<String> refused = sendJson("PUT", iksan + "/draft", hostile, as("gimje", "If-Match", etag));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(sendJson("PUT", iksan + "/draft", hostile, as("gimje")).statusCode()).isEqualTo(403);
		assertThat(sendJson("POST", iksan + "/disclosures", Map.of(), as("gimje")).statusCode()).isEqualTo(403);
		assertThat(get(iksan + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).statusCode())
			.isEqualTo(403);

		HttpResponse<String> after = get(iksan + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "iksan"));
		assertThat(after.headers().firstValue("ETag").orElseThrow()).isEqualTo(etag);
		assertThat(json(after).get("jobTargetTotal").asString()).isEqualTo("3000");
		assertThat(get(iksan).statusCode()).isEqualTo(404);

		// the provincial reviewer of 전북 reads the draft but does not write it
		assertThat(get(iksan + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "jeonbuk")).statusCode())
			.isEqualTo(200);
		assertThat(sendJson("PUT", iksan + "/draft", hostile, as("jeonbuk", "If-Match", etag)).statusCode())
			.isEqualTo(403);
	}

	@Test
	void everyFieldIsCheckedAndNothingIsSavedOnAnyError() {
		String path = "/api/v1/governments/45210/plans/2042";
		ObjectNode bad = sample();
		bad.put("jobTargetTotal", "-5");
		((ObjectNode) bad.get("strategies").get(0).get("programs").get(0)).put("type", "JOBS");
		HttpResponse<String> refused = sendJson("PUT", path + "/draft", bad, as("gimje", "If-None-Match", "*"));
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = json(refused);
		assertThat(problem.get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("jobTargetTotal", "strategies[0].programs[0].type");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("0 이상이어야 합니다.");
		assertThat(get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void aComprehensivePlanOfATermGoesThroughTheSameWorkflow() {
		String path = "/api/v1/governments/45210/plans/term-7";
		assertThat(sendJson("PUT", path + "/draft", sample(), as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(201);
		assertThat(sendJson("POST", path + "/disclosures", Map.of(), as("gimje")).statusCode()).isEqualTo(201);
		JsonNode plan = json(get(path));
		assertThat(plan.get("term").asInt()).isEqualTo(7);
		assertThat(plan.get("year").isNull()).isTrue();
		assertThat(plan.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(get("/governments/45210/plans/term-7").body()).contains("김제시 민선7기 종합계획(2018~2022)");
	}

	@Test
	void conditionalRequestsFollowRfc9110AndNeverOverwriteUnseenWork() {
		String path = "/api/v1/governments/45210/plans/2043";
		HttpResponse<String> created = sendJson("PUT", path + "/draft", sample(), as("gimje", "If-None-Match", "*"));
		assertThat(created.statusCode()).isEqualTo(201);
		String etag = created.headers().firstValue("ETag").orElseThrow();
		ObjectNode other = sample();
		other.put("jobTargetTotal", "1");

		// "create only if none exists": a draft exists, so nothing is created or replaced
		HttpResponse<String> again = sendJson("PUT", path + "/draft", other, as("gimje", "If-None-Match", "*"));
		assertThat(again.statusCode()).isEqualTo(412);
		assertThat(json(again).get("currentETag").asString()).isEqualTo(etag);
		assertThat(json(again).get("detail").asString()).contains("If-None-Match: *");
		// with the right ETag as well: If-None-Match still fails (RFC 9110 §13.2.2 evaluates both)
		assertThat(sendJson("PUT", path + "/draft", other, as("gimje", "If-Match", etag, "If-None-Match", "*"))
			.statusCode()).isEqualTo(412);
		assertThat(sendJson("PUT", path + "/draft", other, as("gimje", "If-Match", etag, "If-None-Match", etag))
			.statusCode()).isEqualTo(412);

		// "any version" is no way around the lost-update check: the real ETag is required
		HttpResponse<String> wildcard = sendJson("PUT", path + "/draft", other, as("gimje", "If-Match", "*"));
		assertThat(wildcard.statusCode()).isEqualTo(428);
		assertThat(json(wildcard).get("detail").asString()).startsWith("If-Match: * 로는 저장할 수 없습니다");

		HttpResponse<String> unchanged = get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"));
		assertThat(unchanged.headers().firstValue("ETag").orElseThrow()).isEqualTo(etag);
		assertThat(json(unchanged).get("jobTargetTotal").asString()).isEqualTo("3000");

		// If-Match where no draft exists is false (412), If-Match: * included
		String none = "/api/v1/governments/45210/plans/2044/draft";
		assertThat(sendJson("PUT", none, other, as("gimje", "If-Match", "*")).statusCode()).isEqualTo(412);
		assertThat(sendJson("PUT", none, other, as("gimje", "If-Match", etag, "If-None-Match", "*")).statusCode())
			.isEqualTo(412);
		assertThat(get(none, "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).statusCode()).isEqualTo(404);
	}

	@Test
	void withoutATokenTheDraftIsNotThere() {
		String path = "/api/v1/governments/45210/plans/2020";
		assertThat(get(path + "/draft").statusCode()).isEqualTo(401);
		assertThat(sendJson("PUT", path + "/draft", sample(), Map.of("If-None-Match", "*")).statusCode()).isEqualTo(401);
		assertThat(sendJson("POST", path + "/disclosures", Map.of(), Map.of()).statusCode()).isEqualTo(401);
	}
}
