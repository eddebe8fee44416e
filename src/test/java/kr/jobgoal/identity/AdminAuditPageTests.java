package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

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
	void changesAreShownNewestFirstWithTheirStatesEscaped() {
		String username = "xss" + System.nanoTime() % 1_000_000_000;
		administration.create(new UserAdministration.NewUser(username, "<script>alert(1)</script>", Role.EVALUATOR,
				null, TestUsers.PASSWORD, false));

		String page = admin().get("/admin/audit?entityType=identity.user").body();

		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page).contains("&quot;username&quot; : &quot;" + username + "&quot;");
		assertThat(page).doesNotContain("<td>identity.token</td>");
		int newest = page.indexOf("<td>" + username + "</td>");
		int demo = page.indexOf("<td>gimje</td>");
		assertThat(newest).isPositive().isLessThan(demo);
	}

	@Test
	void filtersByActorAndDate() {
		String tomorrow = LocalDate.now().plusDays(2).toString();
		assertThat(admin().get("/admin/audit?from=" + tomorrow).body()).contains("전체 0건");

		String bySystem = admin().get("/admin/audit?actor=system&entityType=identity.user").body();
		assertThat(bySystem).contains("<td>gimje</td>").doesNotContain("<td>admin</td>\n          <td>identity.user");
	}

	@Test
	void anUnreadableDateIsAFieldErrorAndTheRestStillShows() {
		HttpResponse<String> response = admin().get("/admin/audit?from=2026-13-01");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"from-error\"").contains("올바른 날짜가 아닙니다");
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
		assertThat(first).contains("전체 60건, 1/2쪽").contains("<td>entry-60</td>").doesNotContain("<td>entry-10</td>");
		String second = admin().get("/admin/audit?entityType=" + type + "&page=2").body();
		assertThat(second).contains("전체 60건, 2/2쪽").contains("<td>entry-10</td>").contains("<td>entry-1</td>")
			.doesNotContain("<td>entry-11</td>");
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
