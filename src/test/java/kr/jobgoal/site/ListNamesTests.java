package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every list that mixes governments of several 시·도 names a basic government whose name another shares with its
 * 시·도: 부산 남구 and 대구 남구 on Korean pages, Nam-gu, Busan and Nam-gu, Daegu on English ones.
 */
class ListNamesTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GovernmentDirectory directory;

	@Test
	void thePeerComparisonNamesBothNamgus() {
		String page = get("/governments/26290/results/2020/peers").body();
		String peers = page.substring(page.indexOf("<table"));
		assertThat(peers).contains(">부산 남구</a>").contains(">대구 남구</a>").doesNotContain(">남구</a>");
		assertThat(peers).contains(">종로구</a>").doesNotContain("서울 종로구");
		String englishPage = get("/governments/26290/results/2020/peers?lang=en").body();
		String english = englishPage.substring(englishPage.indexOf("<table"));
		assertThat(english).contains(">Nam-gu, Busan</a>").contains(">Nam-gu, Daegu</a>").doesNotContain(">Nam-gu</a>");
	}

	@Test
	void theOverdueListNamesTheProvinceWhereTheNameIsShared() {
		String overdue = get("/dashboard/overdue?year=2021").body();
		assertThat(overdue).doesNotContainPattern(">(중구|남구|동구|서구|북구|강서구|고성군)</a>");
	}

	@Test
	void theProgramSearchAndTheSiteSearchNameTheProvince() {
		// the program of 부산 남구's 2020 plan that the fewest other programs share the name of
		String program = jdbc.sql("""
				select pr.name from plan_program pr join plan_version v on v.id = pr.version_id
				join plan_plan p on p.id = v.plan_id join region_government_code c on c.government_id = p.government_id
				where p.kind = 'ANNUAL' and p.period = 2020 and v.status = 'DISCLOSED' and c.code = '26290'
				order by (select count(*) from plan_program o where o.name = pr.name), pr.name limit 1""")
			.query(String.class)
			.single();
		String q = URLEncoder.encode(program, StandardCharsets.UTF_8);

		String programs = get("/programs?year=2020&province=26000&q=" + q).body();
		assertThat(programs).contains("<td>부산 남구</td>").doesNotContain("<td>남구</td>");
		assertThat(get("/programs?year=2020&province=26000&q=" + q + "&lang=en").body()).contains("<td>Nam-gu, Busan</td>");

		// the site search has no province filter: the page with 부산 남구's row, newest year first
		int page = 1;
		String search = get("/search?q=" + q).body();
		while (!search.contains("<td>부산 남구</td>") && search.contains("page=" + (page + 1) + "\"")) {
			page++;
			search = get("/search?q=" + q + "&page=" + page).body();
		}
		assertThat(search).contains("<td>부산 남구</td>").doesNotContain("<td>남구</td>");
		assertThat(get("/search?q=" + q + "&page=" + page + "&lang=en").body()).contains("<td>Nam-gu, Busan</td>");
	}

	@Test
	void theAwardsPageNamesTheProvinceOfAWinnerWhoseNameIsShared() {
		LocalDate asOf = LocalDate.of(2020, 12, 31);
		DirectorySnapshot snapshot = directory.snapshot();
		List<Government> shared = jdbc.sql("select distinct government_code from evaluation_award where year = 2021")
			.query(String.class)
			.list()
			.stream()
			.map(code -> snapshot.find(code, asOf).orElseThrow())
			.filter(g -> !snapshot.listName(g, asOf, Locale.KOREAN).equals(g.nameKo()))
			.toList();
		assertThat(shared).as("2021 winners whose name another government shares").isNotEmpty();
		String awards = get("/awards/2021").body();
		String english = get("/awards/2021?lang=en").body();
		for (Government g : shared) {
			String ko = Government.shortNameKo(snapshot.find(g.parentCode(), asOf).orElseThrow().nameKo()) + " " + g.nameKo();
			assertThat(awards).contains(">" + ko + "</a>");
			assertThat(english).contains(">" + g.nameEn() + ", ");
		}
		assertThat(awards).doesNotContainPattern(">(중구|남구|동구|서구|북구|강서구|고성군)</a>");
	}
}
