package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's and the evaluator's pages of the demo award years, through the real HTTP stack. */
class AwardPagesTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;

	/** The main menu leads to the awards of the latest confirmed year, in both languages. */
	@Test
	void theMainMenuLeadsToTheLatestConfirmedAwards() {
		String home = get("/").body();
		assertThat(home).containsPattern("<a class=\"gnb-main-trigger is-link\" href=\"/awards\"[^>]*>일자리대상</a>");
		assertThat(get("/?lang=en").body()).containsPattern("href=\"/awards\"[^>]*>Job awards</a>");

		int latest = jdbc.sql("select max(year) from evaluation_year where status = 'CONFIRMED'").query(Integer.class).single();
		HttpResponse<String> menu = get("/awards");
		assertThat(menu.statusCode()).isEqualTo(302);
		assertThat(menu.headers().firstValue("Location").orElseThrow()).endsWith("/awards/" + latest);
		String awards = get("/awards/" + latest).body();
		assertThat(awards).contains(latest + "년 전국 지방자치단체 일자리대상")
			.containsPattern("class=\"gnb-main-trigger is-link selected\" href=\"/awards\"\\s+aria-current=\"page\">일자리대상</a>");
	}

	@Test
	void theAdministratorSeesTheYearAndTriesOtherQuotasWithoutChangingIt() {
		BrowserSession admin = new BrowserSession(this::send, this::url);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> year = admin.get("/admin/awards/2021");
		assertThat(year.statusCode()).isEqualTo(200);
		assertThat(year.body()).contains("지역일자리 목표 공시제 부문", "장관상 우수", "70,000,000", "확정됨");

		HttpResponse<String> whatIf = admin.get("/admin/awards/2021/what-if?category=disclosure&quota.grand=2");
		assertThat(whatIf.statusCode()).isEqualTo(200);
		assertThat(whatIf.body()).contains("저장된 순위", "가정 순위", "김제시", "달라짐");

		HttpResponse<String> fragment = admin.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(url("/admin/awards/2021/what-if?category=disclosure&max.achv=60")))
			.header("HX-Request", "true").GET());
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body()).startsWith("<section id=\"what-if-result\"").doesNotContain("<html");

		HttpResponse<String> bad = admin.get("/admin/awards/2021/what-if?category=disclosure&cap.achv=abc&quota.special=999");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("value=\"abc\"", "0~300 사이의 정수로 쓰세요.");

		HttpResponse<String> unchecked = admin.post("/admin/awards/2022/confirm", Map.of());
		assertThat(unchecked.statusCode()).isEqualTo(400);
		assertThat(unchecked.body()).contains("확정하려면 확인란을 선택하세요.");
		assertThat(admin.get("/api/v1/awards/2022").statusCode()).isEqualTo(404);
	}

	@Test
	void eval1ScoresAnAssignedGovernmentAndABadScoreIsShownBesideItsField() {
		BrowserSession eval1 = new BrowserSession(this::send, this::url);
		eval1.login("eval1", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> list = eval1.get("/evaluations/2022/scoring");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/evaluations/2022/scoring/45130").doesNotContain("/evaluations/2022/scoring/11110");

		HttpResponse<String> form = eval1.get("/evaluations/2022/scoring/45130");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("JOBS_CREATED", "목표 공시의 충실성");

		HttpResponse<String> bad = eval1.post("/evaluations/2022/scoring/45130",
				Map.of("score.disclosure.plan", "21", "score.disclosure.effort", "x", "action", "save"));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("value=\"21\"", "value=\"x\"", "점수는 숫자로 쓰세요");

		HttpResponse<String> saved = eval1.post("/evaluations/2022/scoring/45130",
				Map.of("score.disclosure.plan", "14.5", "comment.disclosure.plan", "목표가 구체적입니다", "action", "save"));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("저장했습니다", "value=\"14.5\"");

		assertThat(eval1.get("/evaluations/2022/scoring/11110").statusCode()).isEqualTo(200);
		assertThat(eval1.post("/evaluations/2022/scoring/11110", Map.of("score.disclosure.plan", "10", "action", "save"))
			.statusCode()).isEqualTo(403);
		assertThat(eval1.get("/admin/awards/2022").statusCode()).isEqualTo(403);
	}
}
