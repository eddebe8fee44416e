package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdminAuditPageTests extends HttpTest {

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesAreShownNewestFirstInWordsWithTheirFieldsEscaped() {
		String username = "xss" + System.nanoTime() % 1_000_000_000;
		administration.create(new UserAdministration.NewUser(username, "<script>alert(1)</script>", Role.EVALUATOR,
				null, TestUsers.PASSWORD, false));

		String page = admin().get("/admin/audit?entityType=identity.user").body();

		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page).as("what was done, in words").contains("사용자 계정 만들기 (" + username + ")");
		assertThat(page).as("the fields on demand, not a JSON dump").contains("<details class=\"audit-changes\">")
			.contains("<span class=\"audit-field\">username</span>")
			.doesNotContain("<pre")
			.doesNotContain("&quot;username&quot;");
		assertThat(page).as("who, by display name and user name").contains("(admin)");
		int newest = page.indexOf("(" + username + ")");
		int demo = page.indexOf("(gimje)");
		assertThat(newest).isPositive().isLessThan(demo);
	}

	@Test
	void aPlanDisclosureReadsAsTheGovernmentYearPlanAndVersion() {
		long gimje = jdbc.sql("select government_id from region_government_code where code = '45210'").query(Long.class).single();
		jdbc.sql("insert into identity_audit_log (actor, entity_type, entity_id, action, after_state) "
				+ "values ('gimje', 'plan.version', :id, 'disclose', cast(:after as jsonb))")
			.param("id", gimje + "/2021/v3")
			.param("after", "{\"reason\": \"목표 상향\", \"plan\": {\"jobTargetTotal\": \"3200\"}}")
			.update();

		String page = admin().get("/admin/audit?entityType=plan.version&actor=gimje").body();

		assertThat(page).contains("김제시 2021년 연차별 세부계획 공시 (버전 3)")
			.contains("<span class=\"audit-field\">plan › jobTargetTotal</span>")
			.contains("<ins>3200</ins>");
	}

	@Test
	void theTypeFilterOffersKoreanLabelsNotCodes() {
		String page = admin().get("/admin/audit").body();
		assertThat(page).contains("<option value=\"identity.user\">사용자 계정</option>")
			.doesNotContain(">identity.user</option>");
	}

	@Test
	void filtersByActorAndDate() {
		String tomorrow = LocalDate.now().plusDays(2).toString();
		assertThat(admin().get("/admin/audit?from=" + tomorrow).body()).contains("전체 0건");

		String bySystem = admin().get("/admin/audit?actor=system&entityType=identity.user").body();
		assertThat(bySystem).contains("(gimje)").contains("시스템(자동 처리)").doesNotContain("(admin)</span>");
	}

	@Test
	void anUnreadableDateIsAKoreanFieldErrorKeepingTheInputAndTheRestStillShows() {
		HttpResponse<String> response = admin().get("/admin/audit?from=2026-13-01");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"from-error\"")
			.contains("시작일이 올바른 날짜가 아닙니다.")
			.contains("value=\"2026-13-01\"")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void anEndBeforeTheStartIsRefusedBesideTheEndDate() {
		String page = admin().get("/admin/audit?from=2026-03-02&to=2026-03-01").body();
		assertThat(page).contains("id=\"to-error\"").contains("종료일이 시작일보다 앞섭니다.")
			.contains("value=\"2026-03-01\"");
	}

	@Test
	void pagesHoldFiftyEntries() {
		String type = "test.paging" + System.nanoTime() % 1_000_000;
		for (int i = 1; i <= 60; i++) {
			jdbc.sql("insert into identity_audit_log (occurred_at, actor, entity_type, entity_id, action) "
					+ "values (now() - make_interval(secs => :age), 'system', :type, :id, 'update')")
				.param("age", 100 - i)
				.param("type", type)
				.param("id", "entry-" + i)
				.update();
		}

		String first = admin().get("/admin/audit?entityType=" + type).body();
		assertThat(first).contains("전체 60건, 1/2쪽").contains("(#entry-60)").doesNotContain("(#entry-10)");
		String second = admin().get("/admin/audit?entityType=" + type + "&page=2").body();
		assertThat(second).contains("전체 60건, 2/2쪽").contains("(#entry-10)").contains("(#entry-1)")
			.doesNotContain("(#entry-11)");
	}

	@Test
	void onlyTheMinistryAdministratorReadsTheAuditLog() {
		assertThat(get("/admin/audit").statusCode()).isEqualTo(302);
		BrowserSession reviewer = new BrowserSession(this);
		reviewer.login("jeonbuk", ApiTokens.DEMO_PASSWORD);
		assertThat(reviewer.get("/admin/audit").statusCode()).isEqualTo(403);
	}

	private BrowserSession admin() {
		BrowserSession browser = new BrowserSession(this);
		browser.login("admin", ApiTokens.DEMO_PASSWORD);
		return browser;
	}
}
