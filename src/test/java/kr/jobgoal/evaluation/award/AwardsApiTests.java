package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The demo's confirmed 2021 awards through the public API, and the database keeping them frozen. */
class AwardsApiTests extends HttpTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void the2021AwardsAre58IncludingTheNewsReleases() {
		HttpResponse<String> response = get("/api/v1/awards/2021");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode awards = JSON.readTree(response.body());
		assertThat(awards.size()).isEqualTo(58);
		List<String> rows = new ArrayList<>();
		awards.forEach(a -> rows.add(a.get("governmentCode").asString() + " " + a.get("category").asString() + " "
				+ a.get("peerGroup").asString() + " " + a.get("tier").asString() + " " + a.get("incentive").asString()));
		assertThat(rows).contains("45210 disclosure city minister-excellent 70000000",
				"30230 disclosure district special 55000000");
	}

	@Test
	void rankingsListEveryGovernmentOfTheSecondStageOncePerCategory() {
		JsonNode rankings = JSON.readTree(get("/api/v1/evaluations/2021/rankings").body());
		int disclosure = 0;
		for (JsonNode group : rankings) {
			if (group.get("category").asString().equals("disclosure")) {
				disclosure += group.get("entries").size();
			}
			JsonNode first = group.get("entries").get(0);
			assertThat(first.get("rank").asInt()).isEqualTo(1);
		}
		// the 17 metro governments and the basic governments their provinces nominated in the 1차
		int nominated = jdbc.sql("select count(*) from evaluation_nomination where year = 2021 and nominated")
			.query(Integer.class).single();
		assertThat(nominated).isBetween(15 * 5, 226);
		assertThat(disclosure).isEqualTo(17 + nominated);
		JsonNode city = null;
		for (JsonNode group : rankings) {
			if (group.get("category").asString().equals("disclosure") && group.get("peerGroup").asString().equals("city")) {
				city = group;
			}
		}
		JsonNode gimje = null;
		for (JsonNode e : city.get("entries")) {
			if (e.get("code").asString().equals("45210")) {
				gimje = e;
			}
		}
		assertThat(gimje.get("rank").asInt()).isEqualTo(5);
		assertThat(gimje.get("points").get("achv").asString()).isEqualTo("30.00");
	}

	@Test
	void gimjesPointsAreExplainedCriterionByCriterion() {
		JsonNode body = JSON.readTree(get("/api/v1/evaluations/2021/governments/45210").body());
		JsonNode disclosure = body.get("categories").get(0);
		assertThat(disclosure.get("category").asString()).isEqualTo("disclosure");
		assertThat(disclosure.get("tierNameKo").asString()).isEqualTo("장관상 우수");
		assertThat(disclosure.get("incentive").asString()).isEqualTo("70000000");
		JsonNode achv = disclosure.get("criteria").get(0);
		assertThat(achv.get("input").get("actual").asString()).isEqualTo("6396");
		assertThat(achv.get("points").asString()).isEqualTo("30.00");
		assertThat(achv.get("peerMax").asString()).isEqualTo("30.00");
		assertThat(disclosure.get("criteria").get(1).get("input").isNull()).isTrue();
	}

	@Test
	void anUnknownYearOrGovernmentIs404AndABadYear400() {
		assertThat(get("/api/v1/awards/2035").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/evaluations/2021/governments/99999").statusCode()).isEqualTo(404);
		HttpResponse<String> bad = get("/api/v1/evaluations/1999/rankings");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"field\":\"year\"");
	}

	@Test
	void aConfirmedYearCannotBeChangedInTheDatabase() {
		for (String sql : List.of("update evaluation_award set incentive = 1 where year = 2021",
				"delete from evaluation_result where year = 2021",
				"update evaluation_input set actual = 1 where year = 2021",
				"update evaluation_score set score = 0 where year = 2021",
				"update evaluation_tier set incentive = 1 where year = 2021",
				"update evaluation_year set status = 'OPEN', confirmed_at = null where year = 2021",
				"delete from evaluation_year where year = 2021")) {
			assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql(sql).update()))
				.as(sql).isInstanceOf(DataAccessException.class).hasMessageContaining("확정된 평가는 바꿀 수 없습니다");
		}
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql("truncate evaluation_award cascade").update()))
			.hasMessageContaining("비울 수 없습니다");
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql("""
				insert into evaluation_input (year, government_id, government_code, indicator, actual, source, frozen_at)
				values (2021, 1, '11110', 'UNEMPLOYMENT_RATE', 1, 'x', now())""").update()))
			.hasMessageContaining("확정된 평가에는 더할 수 없습니다");
		// Results are checked once per inserting statement (V9_2), an award for a ranked government included.
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc.sql("""
				insert into evaluation_award (year, category_id, government_id, government_code, tier_id, incentive, demo)
				select r.year, r.category_id, r.government_id, r.government_code,
				       (select min(id) from evaluation_tier where year = 2021), 0, true
				from evaluation_result r
				where r.year = 2021 and not exists (select 1 from evaluation_award a
				                                    where a.category_id = r.category_id and a.government_id = r.government_id)
				limit 1""").update()))
			.hasMessageContaining("확정된 평가에는 더할 수 없습니다");
		assertThat(jdbc.sql("select count(*) from evaluation_award where year = 2021").query(Integer.class).single())
			.isEqualTo(58);
	}

	@Test
	void theAwardsPageAndGimjesExplanationArePublic() {
		HttpResponse<String> awards = get("/awards/2021");
		assertThat(awards.statusCode()).isEqualTo(200);
		assertThat(awards.body()).contains("2021년 전국 지방자치단체 일자리대상", "김제시", "70,000,000", "대덕구", "55,000,000",
				"data-chart=", "포상은 모두 58건");
		HttpResponse<String> gimje = get("/governments/45210/evaluations/2021");
		assertThat(gimje.statusCode()).isEqualTo(200);
		assertThat(gimje.body()).contains("김제시 2021년 일자리대상 평가", "일자리 목표 달성도", "장관상 우수", "6,396", "data-chart=");
		// in English the rubric's own English names: criteria, category, peer group and tier
		String english = get("/governments/45210/evaluations/2021?lang=en").body();
		assertThat(english).contains("Job target achievement", "Job creation effort", "Minister&#39;s Award, Excellent")
			.doesNotContain("일자리 목표 달성도", "장관상 우수");
	}
}
