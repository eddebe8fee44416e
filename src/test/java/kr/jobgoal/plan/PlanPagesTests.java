package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		assertThat(board.body()).contains("2021년 연차별 세부계획 공시 현황").contains("공시 완료").contains("종로구");
		assertThat(board.body().split("<tr").length - 2).isEqualTo(50);
		assertThat(board.body()).contains("<strong>243곳</strong>").contains("aria-current=\"page\"><span class=\"sr-only\">현재 페이지</span> 1</a>")
			.contains("href=\"/plans/2021?page=5\"");
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
		assertThat(get("/plans/2022?status=OVERDUE").body().split("<tr").length - 2).isEqualTo(50);
		HttpResponse<String> unknown = get("/plans/2022?status=LOST");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("‘LOST’에 해당하는 공시 상태가 없습니다");
	}

	@Test
	void theStatusBoardIsPagedAndItsPageLinksKeepTheFilters() {
		// 243 governments, 50 a page: the fifth page has the last 43, a sixth is not there
		String fifth = get("/plans/2021?page=5").body();
		assertThat(fifth.split("<tr").length - 2).isEqualTo(43);
		assertThat(fifth).contains("<strong>243곳</strong>").contains("href=\"/plans/2021?page=4\">이전</a>")
			.contains("<span class=\"page-navi next disabled\">다음</span>");
		// every government on exactly one page
		List<String> codes = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			Matcher code = Pattern.compile("<td class=\"code\">(\\d{5})</td>").matcher(get("/plans/2021?page=" + page).body());
			while (code.find()) {
				codes.add(code.group(1));
			}
		}
		assertThat(codes).hasSize(243).doesNotHaveDuplicates().contains("45210");
		HttpResponse<String> sixth = get("/plans/2021?page=6");
		assertThat(sixth.statusCode()).isEqualTo(404);
		assertThat(sixth.body()).contains("공시 현황에 6쪽이 없습니다. 1쪽부터 5쪽까지 있습니다.");
		assertThat(get("/plans/2021?page=0").statusCode()).isEqualTo(404);
		assertThat(get("/plans/2021?page=two").statusCode()).isEqualTo(404);
		assertThat(get("/plans/2021?page=6&lang=en").body()).contains("The status board has no page 6: its pages are 1 to 5.");

		// the status filter stays in the page links; the rows are those of the page, never another status
		String overdue = get("/plans/2022?status=OVERDUE&page=2").body();
		assertThat(overdue).contains("href=\"/plans/2022?status=OVERDUE&amp;page=3\"")
			.contains("href=\"/plans/2022?status=OVERDUE\">이전</a>");
		assertThat(overdue.split("<tr").length - 2).isEqualTo(50);
		// a province's 15 governments fit one page: no page links, and page 1 is the only one
		String jeonbuk = get("/plans/2021?province=45000").body();
		assertThat(jeonbuk).doesNotContain("krds-pagination");
		assertThat(get("/plans/2021?province=45000&page=2").statusCode()).isEqualTo(404);
		assertThat(get("/plans/2021?province=45000&status=DISCLOSED&page=1").statusCode()).isEqualTo(200);
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
