package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/** A draft's programs are nobody's search result: not on /search, /programs or GET /api/v1/programs. */
class DraftProgramSearchTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftsProgramNeverAppearsInTheSearches() {
		int year = UnusedPlanYears.of(jdbc, "45210");
		String name = "초안에만 있는 사업 " + year;
		ObjectNode draft = (ObjectNode) JSON.valueToTree(PlanInput.of(PlanTestData.sample()));
		((ObjectNode) draft.get("strategies").get(0).get("programs").get(0)).put("name", name);
		Map<String, String> headers = new HashMap<>(ApiTokens.bearer(this, "gimje"));
		headers.put("If-None-Match", "*");
		HttpResponse<String> created = sendJson("PUT", "/api/v1/governments/45210/plans/" + year + "/draft", draft, headers);
		assertThat(created.statusCode()).isEqualTo(201);

		String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
		assertThat(json(get("/api/v1/programs?q=" + q)).size()).isZero();
		assertThat(get("/programs?q=" + q).body()).doesNotContain("/plans/" + year + "\"");
		assertThat(get("/search?q=" + q).body()).contains("맞는 공시된 사업이 없습니다");
	}
}
