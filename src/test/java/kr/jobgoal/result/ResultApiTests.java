package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The contract's results API against the demo data set. Writes go to 김제시 2021 (the 2020 figures are the
 * published ones other tests read) and only ever add facts, so the tests do not depend on each other.
 */
class ResultApiTests extends HttpTest {

	private static final String GIMJE_2020 = "/api/v1/governments/45210/results/2020";

	private static final String GIMJE_2021_FACTS = "/api/v1/governments/45210/results/2021/facts";

	@Test
	void gimje2020HasThePublishedFiguresInTheContractsShape() {
		HttpResponse<String> response = get(GIMJE_2020);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode r = json(response);
		assertThat(r.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(r.get("year").asInt()).isEqualTo(2020);
		assertThat(r.get("jobTargetTotal").asString()).isEqualTo("3000");
		assertThat(r.get("jobsCreatedTotal").isString()).isTrue();
		assertThat(r.get("jobsCreatedTotal").asString()).isEqualTo("6396");
		assertThat(r.get("achievement").get("rate").asString()).isEqualTo("213.20");
		assertThat(r.get("achievement").get("display").asString()).isEqualTo("213%");
		assertThat(r.get("demo").asBoolean()).isTrue();

		JsonNode pack = program(r, "고용안정 선제대응 패키지");
		assertThat(pack.get("jobTarget").asString()).isEqualTo("438");
		assertThat(pack.get("jobsCreated").asString()).isEqualTo("639");
		assertThat(pack.get("achievement").get("rate").asString()).isEqualTo("145.89");
		assertThat(pack.get("achievement").get("display").asString()).isEqualTo("145%");
		assertThat(pack.get("type").asString()).isEqualTo("EMPLOYMENT_SERVICES");
		assertThat(pack.get("programId").isNumber()).isTrue();

		long sum = StreamSupport.stream(r.get("programs").spliterator(), false)
			.mapToLong(p -> Long.parseLong(p.get("jobsCreated").asString()))
			.sum();
		assertThat(sum).isEqualTo(6396);
		for (JsonNode p : r.get("programs")) {
			assertThat(p.propertyNames()).contains("programId", "name", "type", "jobTarget", "jobsCreated", "achievement");
		}

		JsonNode rate = indicator(r, "EMPLOYMENT_RATE_15_64");
		assertThat(rate.get("actualValue").asString()).isEqualTo("71.0");
		assertThat(rate.get("period").asString()).isEqualTo("2020H2");
		assertThat(rate.get("source").asString()).isNotBlank();
		assertThat(rate.has("targetValue")).isTrue();
	}

	@Test
	void theSameGovernmentUnderItsLaterCode() {
		JsonNode r = json(get("/api/v1/governments/52210/results/2020"));
		assertThat(r.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(r.get("jobsCreatedTotal").asString()).isEqualTo("6396");
	}

	@Test
	void unknownGovernmentOrYearWithoutPlanIsNotFound() {
		HttpResponse<String> none = get("/api/v1/governments/99999/results/2020");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		HttpResponse<String> noPlan = get("/api/v1/governments/45210/results/2015");
		assertThat(noPlan.statusCode()).isEqualTo(404);
		assertThat(json(noPlan).get("detail").asString()).contains("김제시").contains("2015");
		assertThat(get("/api/v1/governments/45210/results/abc").statusCode()).isEqualTo(400);
	}

	@Test
	void factsListEveryFactWithTheContractsFields() {
		JsonNode facts = json(get("/api/v1/governments/45210/results/2020/facts"));
		assertThat(facts.isArray()).isTrue();
		assertThat(facts.size()).isGreaterThanOrEqualTo(6);
		JsonNode first = facts.get(0);
		assertThat(first.propertyNames()).contains("id", "programId", "period", "jobsCreated", "budgetExecuted", "note",
				"recordedAt", "supersedes", "reason");
		assertThat(first.get("jobsCreated").isString()).isTrue();
	}

	@Test
	void anOfficerAppendsAndCorrectsAndTheHistoryStays() {
		long programId = programId("45210", 2021, 0);
		Map<String, String> gimje = ApiTokens.bearer(this, "gimje");
		HttpResponse<String> created = sendJson("POST", GIMJE_2021_FACTS,
				List.of(Map.of("programId", programId, "period", "2021-05", "jobsCreated", "7", "budgetExecuted",
						"1500000", "note", "5월 실적")), gimje);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode fact = json(created).get(0);
		long factId = fact.get("id").asLong();
		assertThat(fact.get("jobsCreated").asString()).isEqualTo("7");
		assertThat(fact.get("budgetExecuted").asString()).isEqualTo("1500000");
		assertThat(fact.get("supersedes").isNull()).isTrue();

		HttpResponse<String> corrected = sendJson("POST", GIMJE_2021_FACTS,
				List.of(Map.of("programId", programId, "period", "2021-05", "jobsCreated", 9, "supersedes", factId,
						"reason", "집계 누락분 반영")), gimje);
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
		JsonNode correction = json(corrected).get(0);
		assertThat(correction.get("supersedes").asLong()).isEqualTo(factId);
		assertThat(correction.get("reason").asString()).isEqualTo("집계 누락분 반영");

		JsonNode facts = json(get(GIMJE_2021_FACTS));
		assertThat(find(facts, factId).get("jobsCreated").asString()).isEqualTo("7");
		assertThat(find(facts, correction.get("id").asLong()).get("supersedes").asLong()).isEqualTo(factId);

		// the superseded fact cannot be corrected again: 409, nothing changed
		HttpResponse<String> late = sendJson("POST", GIMJE_2021_FACTS, List.of(Map.of("programId", programId, "period",
				"2021-05", "jobsCreated", "10", "supersedes", factId, "reason", "다시")), gimje);
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(late).get("errors").get(0).get("field").asString()).isEqualTo("[0].supersedes");
		// nor can a second current fact be added for the same program and period
		HttpResponse<String> twice = sendJson("POST", GIMJE_2021_FACTS,
				List.of(Map.of("programId", programId, "period", "2021-05", "jobsCreated", "1")), gimje);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(json(get(GIMJE_2021_FACTS)).size()).isEqualTo(facts.size());
	}

	@Test
	void anotherGovernmentsOfficerIsRefusedAndNothingChanges() {
		long programId = programId("45210", 2021, 0);
		int before = json(get(GIMJE_2021_FACTS)).size();
		HttpResponse<String> refused = sendJson("POST", GIMJE_2021_FACTS,
				List.of(Map.of("programId", programId, "period", "2021-06", "jobsCreated", "5")),
				ApiTokens.bearer(this, "iksan"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(refused).get("detail").asString()).isNotBlank();
		assertThat(json(get(GIMJE_2021_FACTS)).size()).isEqualTo(before);

		// a provincial reviewer reads but does not write either
		assertThat(sendJson("POST", GIMJE_2021_FACTS, List.of(Map.of("programId", programId, "period", "2021-06",
				"jobsCreated", "5")), ApiTokens.bearer(this, "jeonbuk")).statusCode()).isEqualTo(403);
		assertThat(sendJson("POST", GIMJE_2021_FACTS, List.of(Map.of("programId", programId, "period", "2021-06",
				"jobsCreated", "5")), Map.of()).statusCode()).isEqualTo(401);
		assertThat(json(get(GIMJE_2021_FACTS)).size()).isEqualTo(before);
	}

	@Test
	void badInputIsA400NamingEachFieldAndNothingChanges() {
		long programId = programId("45210", 2021, 0);
		int before = json(get(GIMJE_2021_FACTS)).size();
		HttpResponse<String> bad = sendJson("POST", GIMJE_2021_FACTS, List.of(
				Map.of("programId", programId, "period", "2021-07", "jobsCreated", "3"),
				Map.of("programId", 987654321, "period", "2020Q5", "jobsCreated", "-2", "budgetExecuted", "1.5"),
				Map.of("programId", programId, "period", "2021-08", "jobsCreated", "2", "supersedes", 1)),
				ApiTokens.bearer(this, "gimje"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(bad);
		assertThat(problem.get("detail").asString()).contains("저장하지 않았습니다");
		List<String> fields = StreamSupport.stream(problem.get("errors").spliterator(), false)
			.map(e -> e.get("field").asString())
			.toList();
		assertThat(fields).contains("[1].programId", "[1].period", "[1].jobsCreated", "[1].budgetExecuted", "[2].reason");
		assertThat(json(get(GIMJE_2021_FACTS)).size()).isEqualTo(before);

		assertThat(sendJson("POST", GIMJE_2021_FACTS, "{\"programId\": 1}", ApiTokens.bearer(this, "gimje")).statusCode())
			.isEqualTo(400);
		assertThat(sendJson("POST", GIMJE_2021_FACTS, "[", ApiTokens.bearer(this, "gimje")).statusCode()).isEqualTo(400);
	}

	@Test
	void finerPeriodsInsideAReportedOneDoNotCountTwice() {
		JsonNode before = json(get("/api/v1/governments/45210/results/2021"));
		long programId = programId("45210", 2021, 1);
		HttpResponse<String> created = sendJson("POST", GIMJE_2021_FACTS,
				List.of(Map.of("programId", programId, "period", "2021Q2", "jobsCreated", "100000")),
				ApiTokens.bearer(this, "gimje"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		// 2021H1 is reported as a whole, so its quarter does not add to the year
		JsonNode after = json(get("/api/v1/governments/45210/results/2021"));
		assertThat(after.get("jobsCreatedTotal").asString()).isEqualTo(before.get("jobsCreatedTotal").asString());
	}

	private long programId(String code, int year, int index) {
		return json(get("/api/v1/governments/" + code + "/results/" + year)).get("programs").get(index).get("programId")
			.asLong();
	}

	private static JsonNode program(JsonNode results, String name) {
		for (JsonNode p : results.get("programs")) {
			if (p.get("name").asString().equals(name)) {
				return p;
			}
		}
		throw new AssertionError("no program " + name);
	}

	private static JsonNode indicator(JsonNode results, String code) {
		for (JsonNode i : results.get("indicators")) {
			if (i.get("indicator").asString().equals(code)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + code);
	}

	private static JsonNode find(JsonNode facts, long id) {
		for (JsonNode f : facts) {
			if (f.get("id").asLong() == id) {
				return f;
			}
		}
		throw new AssertionError("no fact " + id);
	}
}
