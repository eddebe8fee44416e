package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public results pages render the demo data; the officer's form saves, refuses bad input and others. */
class ResultPagesTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;


	@Test
	void resultsPageShowsFiguresStatusWordsAndTables() {
		HttpResponse<String> page = get("/governments/45210/results/2020");
		assertThat(page.statusCode()).isEqualTo(200);
		String html = page.body();
		assertThat(html).contains("김제시 2020년 일자리 추진실적")
			.contains("6,396")
			.contains("3,000")
			.contains("213%")
			.contains("(정확한 값 213.20%)")
			.contains("고용안정 선제대응 패키지")
			.contains("145%")
			.contains("달성")
			.contains("데모 자료")
			.contains("data-chart=")
			.contains("<caption")
			.contains("71.0%")
			.contains("<td>2020년 하반기</td>");
		assertThat(html).doesNotContain("??result.").doesNotContain(">2020H2<");

		String english = get("/governments/45210/results/2020?lang=en").body();
		assertThat(english).contains("Gimje-si: job results 2020").contains("Achieved").contains("<td>2020 H2</td>");
	}

	@Test
	void historyPeersAndDashboardPagesRender() {
		assertThat(get("/governments/45140/results/2021/history").body()).contains("정정 사유").contains("현재 기록");
		String peers = get("/governments/45210/results/2020/peers?sort=rate&dir=desc").body();
		assertThat(peers).contains("aria-sort=\"descending\"").contains("이 지자체").contains("김제시");
		assertThat(get("/governments/45210/results/2020/peers?sort=name&dir=asc").body()).contains("aria-sort=\"ascending\"");

		String dashboard = get("/dashboard?year=2020").body();
		assertThat(dashboard).contains("2020년 일자리 추진실적 현황")
			.contains("출처: 통계청 통계지리정보서비스(SGIS) 2018 센서스용 행정구역경계")
			.containsPattern("/maps/municipalities-2018(-[0-9a-f]{32})?\\.geojson")
			.contains("달성률 상위 5곳")
			.contains("전라북도");
		assertThat(get("/dashboard").statusCode()).isEqualTo(200);

		String province = get("/dashboard/provinces/45000?year=2020").body();
		assertThat(province).contains("전라북도 2020년 일자리 추진실적").contains("김제시").contains("&quot;45000&quot;");
		// the province's own plan beside the sum of its cities and counties, never added to it
		Map<String, Object> basics = jdbc.sql("""
				select sum(job_target) filter (where jobs_created is not null) as target, sum(jobs_created) as created
				from result_annual_rollup where year = 2020 and province_code = '45000' and peer_group <> 'metro'""")
			.query().singleRow();
		DecimalFormat grouped = new DecimalFormat("#,##0");
		String basicsSection = province.substring(province.indexOf("소속 시·군·구 합계"), province.indexOf("시·군·구별 달성률"));
		assertThat(basicsSection).contains(grouped.format(basics.get("target"))).contains(grouped.format(basics.get("created")));
		String ownSection = province.substring(province.indexOf("전라북도 자체 계획"), province.indexOf("소속 시·군·구 합계"));
		jdbc.sql("select job_target from result_annual_rollup where year = 2020 and code = '45000'").query(BigDecimal.class)
			.optional()
			.ifPresentOrElse(target -> assertThat(ownSection).contains(grouped.format(target)),
					() -> assertThat(ownSection).contains("공시되지 않았습니다"));
		// the same province under its later code draws the same map features
		assertThat(get("/dashboard/provinces/52000?year=2020").body()).contains("&quot;45000&quot;");

		String overdue = get("/dashboard/overdue?year=2021").body();
		assertThat(overdue).contains("2022-02-28");
		assertThat(get("/maps/provinces-2018.geojson").statusCode()).isEqualTo(200);
	}

	@Test
	void theNationalTotalAddsUpTheBasicGovernmentsAndTheMetroPlansApart() {
		DecimalFormat grouped = new DecimalFormat("#,##0");
		String sums = """
				select count(jobs_created) as reported, sum(job_target) filter (where jobs_created is not null) as target,
				       sum(jobs_created) as created
				from result_annual_rollup where year = 2020 and (peer_group = 'metro') = :metro""";
		Map<String, Object> basics = jdbc.sql(sums).param("metro", false).query().singleRow();
		Map<String, Object> metros = jdbc.sql(sums).param("metro", true).query().singleRow();
		assertThat((Long) metros.get("reported")).as("metro governments that reported 2020").isPositive();
		BigDecimal both = ((BigDecimal) basics.get("created")).add((BigDecimal) metros.get("created"));

		String dashboard = get("/dashboard?year=2020").body();
		String nation = dashboard.substring(dashboard.indexOf("id=\"nation-title\""), dashboard.indexOf("id=\"ranks-title\""));
		assertThat(nation).contains("전국 합계는 시·군·구만 더하고");
		String basicsPart = nation.substring(nation.indexOf("전국 시·군·구 합계"), nation.indexOf("시·도 자체 계획 합계"));
		assertThat(basicsPart).contains(basics.get("reported") + " / ")
			.contains(grouped.format(basics.get("target")))
			.contains(grouped.format(basics.get("created")));
		String metrosPart = nation.substring(nation.indexOf("시·도 자체 계획 합계"));
		assertThat(metrosPart).contains(metros.get("reported") + " / ")
			.contains(grouped.format(metros.get("target")))
			.contains(grouped.format(metros.get("created")));
		// the metro plans are never added to the basics' sum
		assertThat(nation).doesNotContain(grouped.format(both));

		// 전라북도's row sums its cities and counties; its own plan has a row of its own in the second table
		Map<String, Object> jeonbuk = jdbc.sql("""
				select sum(jobs_created) filter (where peer_group <> 'metro') as basics,
				       sum(jobs_created) filter (where peer_group = 'metro') as own,
				       sum(jobs_created) as both
				from result_annual_rollup where year = 2020 and province_code = '45000'""").query().singleRow();
		Matcher rows = Pattern.compile("<tr>\\s*<th scope=\"row\"><a href=\"[^\"]*?/(dashboard/provinces|governments)/45000[^\"]*\"[^<]*"
				+ "전라북도</a></th>(.*?)</tr>", Pattern.DOTALL).matcher(dashboard);
		assertThat(rows.find()).isTrue();
		assertThat(rows.group(1)).isEqualTo("dashboard/provinces");
		String basicsRow = rows.group(2);
		assertThat(rows.find()).isTrue();
		assertThat(rows.group(1)).isEqualTo("governments");
		String ownRow = rows.group(2);
		assertThat(basicsRow).contains(grouped.format(jeonbuk.get("basics"))).doesNotContain(grouped.format(jeonbuk.get("both")));
		if (jeonbuk.get("own") != null) {
			assertThat(ownRow).contains(grouped.format(jeonbuk.get("own")));
		}

		String english = get("/dashboard?year=2020&lang=en").body();
		assertThat(english).contains("Cities, counties and districts nationwide").contains("own plans");
	}

	@Test
	void everyPageHasEveryMessageInBothLanguages() {
		for (String path : List.of("/governments/45210/results/2020", "/governments/45140/results/2021/history",
				"/governments/45210/results/2020/peers", "/governments/11000/results/2021/peers", "/dashboard?year=2021",
				"/dashboard/provinces/11000?year=2021", "/dashboard/overdue?year=2021")) {
			for (String lang : List.of("ko", "en")) {
				HttpResponse<String> page = get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
				assertThat(page.statusCode()).as(path).isEqualTo(200);
				assertThat(page.body()).as(path + " in " + lang).doesNotContain("??");
			}
		}
	}

	@Test
	void unknownPagesAreNotFound() {
		assertThat(get("/governments/99999/results/2020").statusCode()).isEqualTo(404);
		assertThat(get("/dashboard/provinces/45210?year=2020").statusCode()).isEqualTo(404);
	}

	@Test
	void theEntryFormNeedsTheGovernmentsOwnOfficer() {
		assertThat(get("/governments/45210/results/2021/entry").statusCode()).isEqualTo(302);
		BrowserSession iksan = new BrowserSession(this).loginDemo("iksan");
		assertThat(iksan.get("/governments/45210/results/2021/entry").statusCode()).isEqualTo(403);
		assertThat(iksan.get("/governments/45140/results/2021/entry").statusCode()).isEqualTo(200);
	}

	@Test
	void anOfficerEntersAResultWithEvidenceAndSeesTheErrorsOfABadOne() {
		BrowserSession gimje = new BrowserSession(this).loginDemo("gimje");
		String form = gimje.get("/governments/45210/results/2021/entry").body();
		assertThat(form).contains("실적 한 건 입력").contains("name=\"_csrf\"");
		String programId = firstProgramId(form);

		HttpResponse<String> bad = gimje.postMultipart("/governments/45210/results/2021/entry",
				Map.of("programId", programId, "period", "2021H3", "jobsCreated", "열"), List.of());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("2021H3").contains("숫자로 적어야 합니다").contains("aria-invalid=\"true\"");

		byte[] pdf = "%PDF-1.7\n% 증빙\n".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> saved = gimje.postMultipart("/governments/45210/results/2021/entry",
				Map.of("programId", programId, "period", "2021-09", "jobsCreated", "1,234", "budgetExecuted", "2,000,000"),
				List.of(new Multipart.Upload("evidence", "9월 실적.pdf", pdf)));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String after = gimje.get("/governments/45210/results/2021/entry").body();
		assertThat(after).contains("저장했습니다").contains("1,234");

		String history = gimje.get("/governments/45210/results/2021/history").body();
		Matcher link = Pattern.compile("href=\"(/governments/45210/results/2021/evidence/\\d+)\"").matcher(history);
		assertThat(link.find()).isTrue();
		HttpResponse<String> file = gimje.get(link.group(1));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		// evidence is for reviewers, not the public
		assertThat(get(link.group(1)).statusCode()).isEqualTo(302);
		BrowserSession iksan = new BrowserSession(this).loginDemo("iksan");
		assertThat(iksan.get(link.group(1)).statusCode()).isEqualTo(403);
		// a refused reader cannot tell existing files from missing ones
		assertThat(iksan.get("/governments/45210/results/2021/evidence/987654321").statusCode()).isEqualTo(403);
		assertThat(gimje.get("/governments/45210/results/2021/evidence/987654321").statusCode()).isEqualTo(404);

		HttpResponse<String> exe = gimje.postMultipart("/governments/45210/results/2021/entry",
				Map.of("programId", programId, "period", "2021-10", "jobsCreated", "1"),
				List.of(new Multipart.Upload("evidence", "실적.pdf", new byte[] { 'M', 'Z', 0, 0 })));
		assertThat(exe.statusCode()).isEqualTo(400);
		assertThat(exe.body()).contains("받을 수 없는 형식");
	}

	@Test
	void evidenceCanBeAddedThroughTheApi() {
		long programId = json(get("/api/v1/governments/45210/results/2021")).get("programs").get(2).get("programId").asLong();
		HttpResponse<String> created = sendJson("POST", "/api/v1/governments/45210/results/2021/facts",
				List.of(Map.of("programId", programId, "period", "2021-11", "jobsCreated", "3")),
				ApiTokens.bearer(this, "gimje"));
		long factId = json(created).get(0).get("id").asLong();
		Multipart body = new Multipart(Map.of(), List.of(new Multipart.Upload("file", "사진.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })));
		HttpResponse<String> attached = send(HttpRequest.newBuilder(URI.create(url(
				"/api/v1/governments/45210/results/2021/facts/" + factId + "/evidence")))
			.header("Content-Type", body.contentType())
			.header("Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.body()))
			.build());
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		assertThat(json(attached).get(0).get("mediaType").asString()).isEqualTo("image/png");
	}

	private static String firstProgramId(String form) {
		Matcher m = Pattern.compile("<option value=\"(\\d+)\"").matcher(form);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
