package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The public read API on the demo data. */
class PlanApiTests extends HttpTest {

	@Test
	void gimjes2020PlanCarriesThePublishedFigures() {
		HttpResponse<String> response = get("/api/v1/governments/45210/plans/2020");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode plan = json(response);
		assertThat(plan.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(plan.get("year").asInt()).isEqualTo(2020);
		assertThat(plan.get("version").asInt()).isEqualTo(1);
		assertThat(plan.get("status").asString()).isEqualTo("disclosed");
		assertThat(plan.get("disclosedAt").asString()).startsWith("2020-0");
		assertThat(plan.get("demo").asBoolean()).isTrue();
		assertThat(plan.get("jobTargetTotal").isString()).isTrue();
		assertThat(plan.get("jobTargetTotal").asString()).isEqualTo("3000");
		assertThat(plan.has("term")).isFalse();

		JsonNode target = plan.get("targets").get(0);
		assertThat(target.get("indicator").asString()).isEqualTo("EMPLOYMENT_RATE_15_64");
		assertThat(target.get("label").asString()).isEqualTo("고용률(15~64세)");
		assertThat(target.get("unit").asString()).isEqualTo("%");
		assertThat(target.get("targetValue").asString()).matches("\\d+\\.\\d");
		// the demo baselines are the official 2019 하반기 figures of 지역별고용조사
		assertThat(target.get("baselineValue").asString()).isEqualTo("69.4");
		JsonNode employed = plan.get("targets").get(1);
		assertThat(employed.get("indicator").asString()).isEqualTo("EMPLOYED_PERSONS");
		assertThat(employed.get("baselineValue").asString()).isEqualTo("43.9");

		JsonNode pack = null;
		for (JsonNode strategy : plan.get("strategies")) {
			assertThat(strategy.get("id").isNumber()).isTrue();
			for (JsonNode program : strategy.get("programs")) {
				if (program.get("name").asString().equals("고용안정 선제대응 패키지")) {
					pack = program;
				}
			}
		}
		assertThat(pack).isNotNull();
		assertThat(pack.get("jobTarget").asString()).isEqualTo("438");
		assertThat(pack.get("type").asString()).isEqualTo("EMPLOYMENT_SERVICES");
		JsonNode budget = pack.get("budget");
		assertThat(budget.get("total").asString()).isEqualTo(new BigDecimal(budget.get("national").asString())
			.add(new BigDecimal(budget.get("provincial").asString()))
			.add(new BigDecimal(budget.get("local").asString()))
			.add(new BigDecimal(budget.get("other").asString()))
			.toPlainString());
	}

	@Test
	void theNewCodeFindsTheSamePlanWithTheCodeOfItsYear() {
		JsonNode plan = json(get("/api/v1/governments/52210/plans/2020"));
		assertThat(plan.get("governmentCode").asString()).isEqualTo("45210");
		assertThat(plan.get("jobTargetTotal").asString()).isEqualTo("3000");
	}

	@Test
	void everyGovernmentOf2021HasDisclosedDemoPlans() {
		JsonNode governments = json(get("/api/v1/governments?asOf=2021-03-31"));
		assertThat(governments.size()).isEqualTo(243);
		String seoul = governments.get(0).get("code").asString();
		assertThat(json(get("/api/v1/governments/" + seoul + "/plans/2021")).get("demo").asBoolean()).isTrue();
		JsonNode versions = json(get("/api/v1/governments/45140/plans/2021/versions"));
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
		assertThat(versions.get(0).get("disclosedAt").asString()).startsWith("2021-0");
	}

	@Test
	void unknownPlansAndPeriodsAreKoreanProblems() {
		HttpResponse<String> none = get("/api/v1/governments/45210/plans/2019");
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(json(none).get("detail").asString()).contains("김제시").contains("2019년").contains("공시");

		HttpResponse<String> bad = get("/api/v1/governments/45210/plans/twenty");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("year");
		// the particle follows the word: 'twenty'를, 버전 9가 (not 을(를), 이(가))
		assertThat(json(bad).get("detail").asString()).contains("계획 기간 'twenty'를 알 수 없습니다");

		HttpResponse<String> noVersion = get("/api/v1/governments/45210/plans/2020/versions/9");
		assertThat(noVersion.statusCode()).isEqualTo(404);
		assertThat(json(noVersion).get("detail").asString()).contains("버전 9가 없습니다");
		assertThat(get("/api/v1/governments/99999/plans/2020").statusCode()).isEqualTo(404);
	}

	@Test
	void theOpenApiDocumentDescribesThePlanApiInKorean() {
		String doc = get("/v3/api-docs").body();
		assertThat(doc).contains("/api/v1/governments/{code}/plans/{year}/draft").contains("최신 공시 계획");
	}
}
