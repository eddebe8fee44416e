package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GovernmentApiTests extends HttpTest {

	@Test
	void listsTheGovernmentsValidOnADate() {
		JsonNode y2021 = json(get("/api/v1/governments?asOf=2021-07-06"));
		assertThat(y2021.size()).isEqualTo(243);
		assertThat(count(y2021, "metro")).isEqualTo(17);
		assertThat(count(y2021, "basic")).isEqualTo(226);

		JsonNode y2026 = json(get("/api/v1/governments?asOf=2026-11-27"));
		assertThat(y2026.size()).isEqualTo(243);
		assertThat(count(y2026, "metro")).isEqualTo(16);
		assertThat(count(y2026, "basic")).isEqualTo(227);

		JsonNode first = y2021.get(0);
		assertThat(first.get("code").asString()).isEqualTo("11000");
		assertThat(first.get("nameKo").asString()).isEqualTo("서울특별시");
		assertThat(first.get("level").asString()).isEqualTo("metro");
		assertThat(first.has("validFrom")).isTrue();
		assertThat(first.has("validTo")).isTrue();

		assertThat(json(get("/api/v1/governments?asOf=2021-07-06&level=basic&parent=45000")).size()).isEqualTo(14);
	}

	@Test
	void bothCodesOfGimjeGiveTheCodeValidOnTheDateAsked() {
		JsonNode then = json(get("/api/v1/governments/52210?asOf=2021-07-06"));
		assertThat(then.get("code").asString()).isEqualTo("45210");
		assertThat(then.get("nameKo").asString()).isEqualTo("김제시");
		assertThat(then.get("parentCode").asString()).isEqualTo("45000");
		assertThat(then.get("peerGroup").asString()).isEqualTo("city");

		JsonNode now = json(get("/api/v1/governments/45210?asOf=2026-11-27"));
		assertThat(now.get("code").asString()).isEqualTo("52210");
		assertThat(now.get("codeHistory").size()).isEqualTo(2);
		assertThat(now.get("codeHistory").get(1).get("predecessorCodes").get(0).asString()).isEqualTo("45210");
	}

	@Test
	void csvIsUtf8WithBom() {
		HttpResponse<byte[]> response = getBytes("/api/v1/governments.csv?asOf=2021-07-06");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		byte[] body = response.body();
		assertThat(body[0]).isEqualTo((byte) 0xEF);
		assertThat(body[1]).isEqualTo((byte) 0xBB);
		assertThat(body[2]).isEqualTo((byte) 0xBF);
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text.lines()).hasSize(244);
		assertThat(text).contains("45210,김제시,Gimje-si,basic,city,45000");
	}

	@Test
	void anImpossibleDateIsAKoreanProblem() {
		HttpResponse<String> response = get("/api/v1/governments?asOf=2021-13-01");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("detail").asString()).contains("asOf").contains("2021-13-01").contains("날짜");
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("asOf");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void anUnknownCodeIsNotFound() {
		HttpResponse<String> response = get("/api/v1/governments/99999");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(response).get("detail").asString()).contains("99999");
	}

	private static long count(JsonNode array, String level) {
		int n = 0;
		for (JsonNode g : array) {
			if (g.get("level").asString().equals(level)) {
				n++;
			}
		}
		return n;
	}
}
