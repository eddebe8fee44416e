package kr.jobgoal.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.CountedStatements;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "내 업무" for each role and the administration menu at /admin, over HTTP on the demo data. */
class MyWorkPagesTests extends HttpTest {

	/** Statements for a work page: a constant, whatever the number of plans, years or governments. */
	private static final int BUDGET = 15;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAdministrationMenuIsTheMinistryAdministratorsOnly() {
		HttpResponse<String> anonymous = get("/admin");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(get("/my").statusCode()).isEqualTo(302);
		for (String user : List.of("gimje", "jeonbuk", "eval1")) {
			assertThat(new BrowserSession(this).loginDemo(user).get("/admin").statusCode()).as(user).isEqualTo(403);
		}
		BrowserSession admin = new BrowserSession(this).loginDemo("admin");
		for (String path : List.of("/admin", "/my")) {
			HttpResponse<String> page = admin.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path)
				.contains("href=\"/admin/users\"", "href=\"/admin/audit\"", "href=\"/admin/audit/chain\"",
						"href=\"/admin/statistics/import\"", "href=\"/admin/deadlines\"", "href=\"/admin/demo\"");
		}
	}

	@Test
	void anOfficerSeesTheirPlansAndResultsWithDeadlinesAndWhatIsMissing() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		HttpResponse<String> created = sendJson("PUT", "/api/v1/governments/45210/plans/" + year + "/draft",
				Map.of("targets", List.of(), "jobTargetTotal", "0", "strategies", List.of()), as("gimje", "If-None-Match", "*"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		BrowserSession gimje = new BrowserSession(this).loginDemo("gimje");
		String page = gimje.get("/my").body();

		assertThat(page).contains("<h1 class=\"heading-large\">내 업무</h1>");
		// the demo plan of 2020, filed under the code 김제시 had then
		assertThat(section(page, "plan-2020")).contains("공시됨").contains("href=\"/governments/45210/plans/2020\"")
			.contains("2020년 3월 31일");
		assertThat(section(page, "plan-" + year)).contains("초안 작성 중, 공시 전")
			.contains("/plans/" + year + "/draft");
		assertThat(section(page, "results-2020")).contains("2021년 2월 28일")
			.contains("href=\"/governments/45210/results/2020/entry\"");
		assertThat(page).containsPattern("김제시: 공시하지 않은 계획 \\d+건, 다 입력하지 않은 실적 \\d+건");
		assertThat(statements(gimje, "/my")).hasSizeLessThanOrEqualTo(BUDGET);
	}

	@Test
	void aProvincialReviewerSeesTheProvincesDraftsAwaitingComment() {
		int year = UnusedPlanYears.of(jdbc, "45140");
		HttpResponse<String> created = sendJson("PUT", "/api/v1/governments/45140/plans/" + year + "/draft",
				Map.of("targets", List.of(), "jobTargetTotal", "0", "strategies", List.of()), as("iksan", "If-None-Match", "*"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		BrowserSession jeonbuk = new BrowserSession(this).loginDemo("jeonbuk");
		String page = jeonbuk.get("/my").body();

		assertThat(page).contains("검토할 초안");
		String row = page.substring(page.indexOf("/plans/" + year + "/draft") - 600, page.indexOf("/plans/" + year + "/draft"));
		assertThat(row).contains("익산시").contains(year + "년").contains("의견 대기");
		assertThat(statements(jeonbuk, "/my")).hasSizeLessThanOrEqualTo(BUDGET);

		// another province's reviewer does not see it
		assertThat(new BrowserSession(this).loginDemo("gimje").get("/my").body()).doesNotContain("검토할 초안");
	}

	@Test
	void aRoleWithoutAWorkListIsToldSo() {
		String page = new BrowserSession(this).loginDemo("eval1").get("/my").body();
		assertThat(page).contains("이 역할에는 이 페이지에 모아 보여 줄 업무 목록이 없습니다.");
	}

	@Test
	void theHeaderNamesTheUserTheirRoleAndGovernment() {
		String page = new BrowserSession(this).loginDemo("gimje").get("/my").body();
		assertThat(page).contains("<strong>데모 김제시 일자리 담당</strong>").contains("지자체 담당자 · 김제시");
	}

	/** The body's part from the element with the id to the end of its table row. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row %s", id).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private List<String> statements(BrowserSession session, String path) {
		String id = UUID.randomUUID().toString();
		session.send(HttpRequest.newBuilder().uri(URI.create(url(path))).header(CountedStatements.HEADER, id));
		return CountedStatements.of(id);
	}

	private Map<String, String> as(String user, String... headers) {
		Map<String, String> all = new HashMap<>(ApiTokens.bearer(this, user));
		for (int i = 0; i < headers.length; i += 2) {
			all.put(headers[i], headers[i + 1]);
		}
		return all;
	}
}
