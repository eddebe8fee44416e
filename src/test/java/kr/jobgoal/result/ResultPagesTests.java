package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;

/** The public results pages render the demo data; the officer's form saves, refuses bad input and others. */
class ResultPagesTests extends HttpTest {

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
			.contains("71.0%");
		assertThat(html).doesNotContain("??result.");

		String english = get("/governments/45210/results/2020?lang=en").body();
		assertThat(english).contains("Gimje-si: job results 2020").contains("Achieved");
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
			.contains("/maps/municipalities-2018.geojson")
			.contains("달성률 상위 5곳")
			.contains("전라북도");
		assertThat(get("/dashboard").statusCode()).isEqualTo(200);

		String province = get("/dashboard/provinces/45000?year=2020").body();
		assertThat(province).contains("전라북도 2020년 일자리 추진실적").contains("김제시").contains("&quot;45000&quot;");
		// the same province under its later code draws the same map features
		assertThat(get("/dashboard/provinces/52000?year=2020").body()).contains("&quot;45000&quot;");

		String overdue = get("/dashboard/overdue?year=2021").body();
		assertThat(overdue).contains("2022-02-28");
		assertThat(get("/maps/provinces-2018.geojson").statusCode()).isEqualTo(200);
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
		Browser iksan = new Browser();
		iksan.login("iksan");
		assertThat(iksan.get("/governments/45210/results/2021/entry").statusCode()).isEqualTo(403);
		assertThat(iksan.get("/governments/45140/results/2021/entry").statusCode()).isEqualTo(200);
	}

	@Test
	void anOfficerEntersAResultWithEvidenceAndSeesTheErrorsOfABadOne() {
		Browser gimje = new Browser();
		gimje.login("gimje");
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
				List.of(new Upload("evidence", "9월 실적.pdf", pdf)));
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
		Browser iksan = new Browser();
		iksan.login("iksan");
		assertThat(iksan.get(link.group(1)).statusCode()).isEqualTo(403);

		HttpResponse<String> exe = gimje.postMultipart("/governments/45210/results/2021/entry",
				Map.of("programId", programId, "period", "2021-10", "jobsCreated", "1"),
				List.of(new Upload("evidence", "실적.pdf", new byte[] { 'M', 'Z', 0, 0 })));
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
		String boundary = UUID.randomUUID().toString();
		byte[] body = multipart(boundary, Map.of(), List.of(new Upload("file", "사진.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })));
		HttpResponse<String> attached = send(HttpRequest.newBuilder(URI.create(url(
				"/api/v1/governments/45210/results/2021/facts/" + factId + "/evidence")))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + ApiTokens.tokenFor(this, "gimje"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
		assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
		assertThat(json(attached).get(0).get("mediaType").asString()).isEqualTo("image/png");
	}

	private static String firstProgramId(String form) {
		Matcher m = Pattern.compile("<option value=\"(\\d+)\"").matcher(form);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	record Upload(String field, String fileName, byte[] content) {
	}

	static byte[] multipart(String boundary, Map<String, String> fields, List<Upload> files) {
		List<byte[]> parts = new ArrayList<>();
		fields.forEach((name, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		for (Upload f : files) {
			parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
					+ f.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			parts.add(f.content());
			parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		int size = parts.stream().mapToInt(p -> p.length).sum();
		byte[] all = new byte[size];
		int at = 0;
		for (byte[] p : parts) {
			System.arraycopy(p, 0, all, at, p.length);
			at += p.length;
		}
		return all;
	}

	/** A browser with a session cookie and the CSRF token of the last page read. */
	class Browser {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		private String cookie;

		private String csrf;

		void login(String username) {
			get("/login");
			HttpResponse<String> response = post("/login", Map.of("username", username, "password", ApiTokens.DEMO_PASSWORD));
			assertThat(response.statusCode()).isEqualTo(302);
		}

		HttpResponse<String> get(String path) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url(path))).GET());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return response;
		}

		HttpResponse<String> post(String path, Map<String, String> fields) {
			StringBuilder form = new StringBuilder("_csrf=" + csrf);
			fields.forEach((k, v) -> form.append('&').append(k).append('=')
				.append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
		}

		HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<Upload> files) {
			String boundary = UUID.randomUUID().toString();
			Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
			withToken.put("_csrf", csrf);
			return send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, withToken, files))));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			if (cookie != null) {
				request.header("Cookie", cookie);
			}
			request.header("Accept", "text/html,*/*;q=0.8");
			HttpResponse<String> response = ResultPagesTests.this.send(request.build());
			response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
				.ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
			return response;
		}
	}
}
