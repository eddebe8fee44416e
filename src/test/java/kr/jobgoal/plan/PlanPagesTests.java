package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;

/** The public plan pages on the demo data. */
class PlanPagesTests extends HttpTest {

	@Test
	void thePlanPageShowsTheDisclosedPlanWithTheDemoBadge() {
		HttpResponse<String> page = get("/governments/45210/plans/2020");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("김제시 2020년 연차별 세부계획")
			.contains("예시 자료(데모)")
			.contains("고용안정 선제대응 패키지")
			.contains("438")
			.contains("3,000")
			.contains("공시 버전 1");
		assertThat(get("/governments/52210/plans/2020?lang=en").body()).contains("Gimje-si 2020 annual plan")
			.contains("Demo data");
	}

	@Test
	void versionsAndTheirDifferenceArePublic() {
		assertThat(get("/governments/45210/plans/2020/versions").body()).contains("버전 이력").contains("최초 공시");
		HttpResponse<String> same = get("/governments/45210/plans/2020/diff?from=1&to=1");
		assertThat(same.statusCode()).isEqualTo(200);
		assertThat(same.body()).contains("두 버전의 내용이 같습니다");
		assertThat(get("/governments/45210/plans/2020/versions/7").statusCode()).isEqualTo(404);
		assertThat(get("/governments/45210/plans/2019").statusCode()).isEqualTo(404);
	}

	@Test
	void theStatusBoardListsEveryGovernmentInWords() {
		HttpResponse<String> board = get("/plans/2021");
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.body()).contains("2021년 연차별 세부계획 공시 현황").contains("공시 완료").contains("김제시");
		assertThat(board.body().split("<tr").length - 2).isEqualTo(243);
		assertThat(board.body()).contains("krds-breadcrumb-wrap")
			.containsPattern("<a class=\"txt\" href=\"/plans/2021\" aria-current=\"page\">2021년 공시 현황</a>");
		HttpResponse<String> future = get("/plans/2060?province=52000");
		assertThat(future.body()).contains("bg-light-gray\">미착수").doesNotContain("bg-light-danger\">기한 경과");
		assertThat(future.body()).contains("<a class=\"txt\" href=\"/plans/2060\">2060년 공시 현황</a>")
			.containsPattern("href=\"/plans/2060\\?province=52000\" aria-current=\"page\">전북특별자치도</a>");
		assertThat(get("/plans/2022").body()).contains("bg-light-danger\">기한 경과·미공시");

		// one status only: the rows of that status, the counts still of all (2022: every government overdue)
		HttpResponse<String> disclosed = get("/plans/2022?status=DISCLOSED");
		assertThat(disclosed.body()).contains("<option value=\"DISCLOSED\" selected=\"selected\">공시 완료</option>")
			.contains("<strong>243곳</strong>").contains("해당하는 지자체가 없습니다");
		assertThat(disclosed.body()).doesNotContain("<tr");
		assertThat(disclosed.body()).contains("status=DISCLOSED\">2021년</a>");
		assertThat(get("/plans/2022?status=OVERDUE").body().split("<tr").length - 2).isEqualTo(243);
		HttpResponse<String> unknown = get("/plans/2022?status=LOST");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("‘LOST’에 해당하는 공시 상태가 없습니다");
	}

	@Test
	void aProvincePageListsItsGovernmentsPlans() {
		HttpResponse<String> province = get("/governments/45000/plans?year=2021");
		assertThat(province.statusCode()).isEqualTo(200);
		assertThat(province.body()).contains("김제시").contains("익산시").contains("공시 완료");
		assertThat(get("/governments/45210/plans").body()).contains("2020년 연차별 세부계획");
	}

	@Test
	void theGovernmentPageLinksItsDisclosedPlans() {
		String page = get("/governments/52210").body();
		assertThat(page).contains("href=\"/governments/45210/plans/2021\"").contains("2021년 연차별 세부계획")
			.contains("href=\"/governments/52210/plans\"");
		assertThat(get("/governments/52000").body()).contains("관할 지자체의 계획 공시 현황");
	}

	@Test
	void theExcelOfADisclosedPlanDownloads() {
		HttpResponse<byte[]> excel = getBytes("/governments/45210/plans/2020/excel");
		assertThat(excel.statusCode()).isEqualTo(200);
		assertThat(excel.headers().firstValue("Content-Type").orElseThrow()).startsWith(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(excel.body()[0]).isEqualTo((byte) 'P');
	}

	@Test
	void theDraftPagesNeedASignIn() {
		HttpResponse<String> draft = get("/governments/45210/plans/2020/draft");
		assertThat(draft.statusCode()).isEqualTo(302);
		assertThat(draft.headers().firstValue("Location").orElseThrow()).contains("/login");
	}
}
