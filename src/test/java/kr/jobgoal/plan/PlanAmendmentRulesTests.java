package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestClock;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What may be disclosed and amended at all: not a version identical to the last disclosed one, and not a year's
 * plan once its results are due (the results have been measured against it). Refused writes are 409 problems and
 * change nothing.
 */
class PlanAmendmentRulesTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Deadlines deadlines;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private Map<String, String> as(String user, String... headers) {
		Map<String, String> all = new HashMap<>(ApiTokens.bearer(this, user));
		for (int i = 0; i < headers.length; i += 2) {
			all.put(headers[i], headers[i + 1]);
		}
		return all;
	}

	private String disclosedFirstVersion(int year) {
		String path = "/api/v1/governments/45210/plans/" + year;
		ObjectNode plan = (ObjectNode) JSON.valueToTree(PlanInput.of(PlanTestData.sample()));
		assertThat(sendJson("PUT", path + "/draft", plan, as("gimje", "If-None-Match", "*")).statusCode()).isEqualTo(201);
		assertThat(sendJson("POST", path + "/disclosures", Map.of(), as("gimje")).statusCode()).isEqualTo(201);
		return path;
	}

	@Test
	void aDraftIdenticalToTheLastDisclosedVersionIsNotDisclosed() {
		String path = disclosedFirstVersion(UnusedPlanYears.of(jdbc, "45210"));
		JsonNode v1 = json(get(path, "Accept", "application/json"));
		assertThat(sendJson("PUT", path + "/draft", v1, as("gimje", "If-None-Match", "*")).statusCode()).isEqualTo(201);

		HttpResponse<String> same = sendJson("POST", path + "/disclosures", Map.of("reason", "재공시"), as("gimje"));
		assertThat(same.statusCode()).isEqualTo(409);
		assertThat(same.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(same).get("detail").asString()).contains("마지막으로 공시한 버전 1의 내용과 같습니다");
		assertThat(json(get(path + "/versions"))).hasSize(1);

		// the draft is kept: once something changes it is disclosed as version 2
		ObjectNode changed = (ObjectNode) v1.deepCopy();
		changed.put("jobTargetTotal", "3100");
		String etag = get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).headers()
			.firstValue("ETag").orElseThrow();
		assertThat(sendJson("PUT", path + "/draft", changed, as("gimje", "If-Match", etag)).statusCode()).isEqualTo(200);
		assertThat(sendJson("POST", path + "/disclosures", Map.of("reason", "추경 반영"), as("gimje")).statusCode())
			.isEqualTo(201);
		assertThat(json(get(path + "/versions"))).hasSize(2);
	}

	@Test
	void aYearsPlanIsAmendedOnlyUntilItsResultsAreDue() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		String path = disclosedFirstVersion(year);
		LocalDate due = deadlines.of(year).resultsDue();
		ObjectNode amendment = (ObjectNode) json(get(path, "Accept", "application/json"));
		amendment.put("jobTargetTotal", "3100");

		// on the due date itself the amendment is still started
		clock.setSeoulTime(due.atTime(23, 0));
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(201);

		// the day after, it can be neither saved nor disclosed, and nothing changes
		clock.setSeoulTime(due.plusDays(1).atTime(9, 0));
		HttpResponse<String> disclose = sendJson("POST", path + "/disclosures", Map.of("reason", "추경 반영"), as("gimje"));
		assertThat(disclose.statusCode()).isEqualTo(409);
		assertThat(json(disclose).get("detail").asString())
			.contains(year + "년 계획은 고칠 수 없습니다", "실적 제출 기한(" + due + ")");
		String etag = get(path + "/draft", "Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje")).headers()
			.firstValue("ETag").orElseThrow();
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-Match", etag)).statusCode()).isEqualTo(409);
		assertThat(json(get(path + "/versions"))).hasSize(1);
		assertThat(json(get(path)).get("jobTargetTotal").asString()).isEqualTo("3000");
	}
}
