package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Every kind of page — public, an officer's, an evaluator's and the administrator's, an error page — at a
 * desktop's width (1366 px) and a phone's (390 px), checked by axe-core with its best practices (every content
 * in a landmark, scrollable regions reachable by keyboard, one main landmark, heading order). The flows behind
 * these pages are the other browser tests' (which check what they see the same way); this one only looks.
 */
class EveryPageAccessibilityBrowserTests extends BrowserTest {

	private static final List<String> PUBLIC = List.of("/", "/?lang=en", "/governments", "/governments/52210",
			"/governments/52210/plans", "/governments/45210/plans/2020", "/governments/45210/plans/2020/versions",
			"/governments/45210/plans/2020/versions/1", "/governments/45210/results/2020",
			"/governments/45210/results/2020?lang=en", "/governments/45210/results/2020/history",
			"/governments/45210/results/2020/peers", "/dashboard", "/dashboard/provinces/52000", "/dashboard/overdue",
			"/plans", "/plans/2021", "/programs", "/programs?q=일자리", "/search?q=김제", "/awards", "/awards/2021",
			"/governments/45210/evaluations/2021", "/privacy", "/copyright", "/api-docs", "/login", "/governments/99999");

	private static final List<String> OFFICER = List.of("/my", "/account/password", "/governments/52210/plans/2022/draft",
			"/governments/45210/results/2020/entry", "/governments/52210/sub-categories");

	private static final List<String> EVALUATOR = List.of("/my", "/evaluations/2022/scoring",
			"/evaluations/2022/scoring/45210");

	private static final List<String> ADMIN = List.of("/admin", "/admin/users", "/admin/users/gimje", "/admin/audit",
			"/admin/audit/chain", "/admin/deadlines", "/admin/statistics/import", "/admin/demo", "/admin/awards/2021",
			"/admin/awards/2021/what-if", "/admin/awards/2021/first-stage", "/admin/awards/2022",
			"/admin/awards/2022/assignments", "/admin/awards/2022/peer-groups");

	private static final List<String> REVIEWER = List.of("/evaluations/2021/first-stage");

	@Test
	void everyPageIsCleanOnADesktopAndAPhone() {
		List<String> refused = new ArrayList<>();
		for (int width : new int[] { 1366, 390 }) {
			check(null, PUBLIC, width, refused);
			check("gimje", OFFICER, width, refused);
			check("eval1", EVALUATOR, width, refused);
			check("admin", ADMIN, width, refused);
			check("jeonbuk", REVIEWER, width, refused);
		}
		assertThat(refused).as("pages that did not open").isEmpty();
	}

	private void check(String user, List<String> paths, int width, List<String> refused) {
		BrowserContext at = newContext(new Browser.NewContextOptions().setLocale("ko-KR")
			.setViewportSize(width, width < 600 ? 844 : 900)
			.setIsMobile(width < 600)
			.setHasTouch(width < 600));
		Page tab = at.newPage();
		if (user != null) {
			tab.navigate(url("/login"));
			tab.locator("#username").fill(user);
			tab.locator("#password").fill(ApiTokens.DEMO_PASSWORD);
			tab.locator("form.login-form button[type=submit]").click();
			tab.waitForURL(address -> !address.contains("/login"));
		}
		for (String path : paths) {
			Response response = tab.navigate(url(path));
			int expected = path.equals("/governments/99999") ? 404 : 200;
			if (response == null || response.status() != expected) {
				refused.add(path + " as " + user + ": " + (response == null ? "no answer" : response.status()));
				continue;
			}
			assertNoAccessibilityViolations(tab);
		}
		at.close();
	}
}
