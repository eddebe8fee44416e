package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.plan.service.LateAmendments;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
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

	@Test
	void afterTheResultsAreDueTheMinistrysRecordedApprovalAllowsOneMoreVersion() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		String path = disclosedFirstVersion(year);
		// the form posts to the government's current code (52210) and comes back there with its message
		String page = "/governments/52210/plans/" + year + "/draft";
		LocalDate due = deadlines.of(year).resultsDue();
		ObjectNode amendment = (ObjectNode) json(get(path, "Accept", "application/json"));
		amendment.put("jobTargetTotal", "3100");
		BrowserSession admin = new BrowserSession(this).loginDemo("admin");
		BrowserSession officer = new BrowserSession(this).loginDemo("gimje");

		// before the due date there is nothing to approve
		clock.setSeoulTime(due.atTime(12, 0));
		admin.post(page + "/amendment-approval", Map.of("reason", "이르다"));
		assertThat(approvals(year)).isZero();
		assertThat(admin.get(page).body()).doesNotContain("plan-late");

		clock.setSeoulTime(due.plusDays(30).atTime(9, 0));
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(409);
		// the officer sees why; only the ministry administrator gets the form, and the officer's post is refused
		String officersPage = officer.get(page).body();
		assertThat(officersPage).contains("고용노동부가 변경을 승인해야", "승인된 변경이 없습니다").doesNotContain("late-reason");
		assertThat(officer.post(page + "/amendment-approval", Map.of("reason", "스스로 승인")).statusCode())
			.isEqualTo(403);
		assertThat(approvals(year)).isZero();

		// a reason is required
		assertThat(approve(admin, page, "  ")).contains("승인 사유를 적으세요.");
		assertThat(approvals(year)).isZero();
		String approved = approve(admin, page, "고용위기지역 지정에 따른 목표 조정");
		assertThat(approvals(year)).isOne();
		assertThat(approved).contains("변경을 승인했습니다. 담당자가", year + "년 실적 제출 기한", "고용위기지역 지정에 따른 목표 조정", "아직 쓰이지 않음").doesNotContain("late-reason");
		// a second approval waits until the first is used
		assertThat(approve(admin, page, "두 번째"))
			.contains("이미 쓰이지 않은 승인이 있습니다");
		assertThat(approvals(year)).isOne();

		// the officer amends and discloses version 2, which uses the approval up
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(201);
		assertThat(sendJson("POST", path + "/disclosures", Map.of("reason", "승인에 따른 조정"), as("gimje")).statusCode())
			.isEqualTo(201);
		assertThat(json(get(path)).get("jobTargetTotal").asString()).isEqualTo("3100");
		assertThat(jdbc.queryForObject("select used_by_version from plan_amendment_approval a join plan_plan p"
				+ " on p.id = a.plan_id join region_government_code g on g.government_id = p.government_id"
				+ " where g.code = '45210' and p.period = ? and p.kind = 'ANNUAL'", Integer.class, year)).isEqualTo(2);
		assertThat(admin.get(page).body()).contains("버전 2");

		// a third version needs a new approval
		amendment.put("jobTargetTotal", "3200");
		assertThat(sendJson("PUT", path + "/draft", amendment, as("gimje", "If-None-Match", "*")).statusCode())
			.isEqualTo(409);

		// the approvals are history: the database refuses to change or delete them
		assertThatThrownBy(() -> jdbc.update("update plan_amendment_approval set reason = 'x'"))
			.hasMessageContaining("변경 승인 기록은 바꿀 수 없습니다");
		assertThatThrownBy(() -> jdbc.update("delete from plan_amendment_approval"))
			.hasMessageContaining("변경 승인 기록은 지울 수 없습니다");
		assertThat(jdbc.queryForObject("select count(*) from identity_audit_log where entity_type = ?"
				+ " and entity_id like ?", Integer.class, LateAmendments.AUDIT, "%" + year + "%")).isEqualTo(2);
	}

	/** Posts the approval form and reads the page it goes back to. */
	private static String approve(BrowserSession admin, String page, String reason) {
		HttpResponse<String> posted = admin.post(page + "/amendment-approval", Map.of("reason", reason));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(page);
		return admin.get(page).body();
	}

	private int approvals(int year) {
		return jdbc.queryForObject("select count(*) from plan_amendment_approval a join plan_plan p on p.id = a.plan_id"
				+ " join region_government_code g on g.government_id = p.government_id where g.code = '45210' and p.period = ?",
				Integer.class, year);
	}
}
