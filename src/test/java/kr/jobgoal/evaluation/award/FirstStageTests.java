package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearRepository.FirstScore;
import kr.jobgoal.evaluation.award.AwardYearRepository.Nomination;
import kr.jobgoal.evaluation.award.AwardYearService.CategorySetup;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.award.AwardYearService.ScoreEntry;
import kr.jobgoal.evaluation.award.FirstStage.Entry;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 1차: a province's reviewers score its basic governments, the closed 1차 nominates the configured number
 * of each province, and the 2차 scores and ranks only the nominees and the metro governments. Writes run in
 * a transaction that is rolled back, on a year of their own; the demo's 2021 (closed and confirmed) is only read.
 */
class FirstStageTests extends HttpTest {

	private static final int YEAR = 2033;

	private static final LocalDate AS_OF = LocalDate.of(YEAR - 1, 12, 31);

	private static final CurrentUser ADMIN = new CurrentUser(60_002, "admin", "관리자", Role.MINISTRY_ADMIN, null);

	@Autowired
	AwardYearService service;

	@Autowired
	FirstStage firstStage;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private void rolledBack(Runnable work) {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			work.run();
		});
	}

	private long id(String code) {
		return directory.find(code, AS_OF).orElseThrow().id();
	}

	/** 전북특별자치도's reviewer (a session user: the 1차's guard reads only the role and the affiliation). */
	private CurrentUser jeonbukReviewer() {
		return new CurrentUser(60_100, "jeonbuk-first", "전북 검토자", Role.PROVINCIAL_REVIEWER, id("52000"));
	}

	/** An open year of the whole directory with a 1차 of two nominations per province. */
	private AwardYear openYear() {
		service.create(ADMIN, YEAR, List.of(new CategorySetup("disclosure", "지역일자리 목표 공시제 부문", "Disclosure",
				PeerGroupRule.BY_TYPE,
				List.of(new CriterionRow(0, "will", "추진 의지", "Commitment", ScoringMethod.QUALITATIVE_MEAN, null,
						new BigDecimal("40"), null)),
				List.of(new TierRow(0, "excellent", "장관상 우수", "Excellent", 1, new BigDecimal("70000000"))))));
		firstStage.setNominations(ADMIN, YEAR, 2);
		service.snapshot(ADMIN, YEAR);
		return service.require(YEAR);
	}

	/** Every other province's basic governments get one submitted score (their code's last digits). */
	private void otherProvincesScored(AwardYear award) {
		List<FirstScore> scores = new ArrayList<>();
		FirstStage.basicByProvince(award, directory.snapshot()).forEach((province, members) -> {
			if (!province.equals("52000")) {
				members.forEach((id, code) -> scores.add(new FirstScore(id, code, province, "reviewer-" + province,
						new BigDecimal(code.substring(2)).remainder(new BigDecimal("100")), null, true)));
			}
		});
		firstStage.scoreDemo(YEAR, scores);
	}

	private static List<Entry> jeonbukScores(AwardYear award, FirstStage stage, GovernmentDirectory directory) {
		List<Entry> entries = new ArrayList<>();
		FirstStage.basicByProvince(award, directory.snapshot()).get("52000").values().stream().sorted().forEach(code -> {
			String score = switch (code) {
				case "52210" -> "95"; // 김제시 first
				case "52130", "52140" -> "80.5"; // 군산시, 익산시 tied second: both nominated
				default -> "60";
			};
			entries.add(new Entry(code, new BigDecimal(score), code.equals("52210") ? "일자리 목표가 구체적임" : null));
		});
		return entries;
	}

	// --- the ranking rule

	@Test
	void eachProvinceRanksOnTheMeanOfItsScoresAndATieAtTheBoundaryIsNominatedWhole() {
		Map<String, Map<Long, String>> basic = new LinkedHashMap<>();
		basic.put("52000", new LinkedHashMap<>(Map.of(1L, "52110", 2L, "52113", 3L, "52130", 4L, "52140", 5L, "52210")));
		basic.put("51000", new LinkedHashMap<>(Map.of(6L, "51110", 7L, "51130")));
		List<FirstScore> scores = new ArrayList<>();
		score(scores, 1, "52110", "52000", "90");
		score(scores, 2, "52113", "52000", "70", "90"); // mean 80
		score(scores, 3, "52130", "52000", "80");
		score(scores, 4, "52140", "52000", "79.99");
		// five scores: the highest and the lowest are left out, (50 + 50 + 60) / 3 = 53.33…
		score(scores, 5, "52210", "52000", "0", "50", "50", "60", "100");
		score(scores, 6, "51110", "51000", "10");
		score(scores, 7, "51130", "51000", "10");
		scores.add(new FirstScore(7, "51130", "51000", "draft", new BigDecimal("100"), null, false)); // not submitted

		Map<String, Nomination> ranked = new LinkedHashMap<>();
		FirstStage.rank(basic, scores, 2).forEach(n -> ranked.put(n.governmentCode(), n));

		assertThat(ranked.get("52110").rank()).isEqualTo(1);
		assertThat(ranked.get("52113").rank()).isEqualTo(2);
		assertThat(ranked.get("52130").rank()).isEqualTo(2);
		assertThat(ranked.get("52140").rank()).isEqualTo(4);
		assertThat(ranked.get("52210").rank()).isEqualTo(5);
		assertThat(ranked.get("52210").meanScore()).isEqualByComparingTo("53.3333");
		assertThat(ranked.get("52210").scores()).isEqualTo(5);
		assertThat(ranked.values().stream().filter(Nomination::nominated).map(Nomination::governmentCode))
			.containsExactlyInAnyOrder("52110", "52113", "52130", "51110", "51130");
		assertThat(ranked.get("51130").rank()).isEqualTo(1);
		assertThat(ranked.get("51130").scores()).isEqualTo(1);
	}

	private static void score(List<FirstScore> scores, long id, String code, String province, String... values) {
		for (int i = 0; i < values.length; i++) {
			scores.add(new FirstScore(id, code, province, "r" + i, new BigDecimal(values[i]), null, true));
		}
	}

	// --- the two stages through the module's guards

	@Test
	void theFirstStageNominatesAndOnlyTheNomineesAndMetroGovernmentsGoOnToTheSecond() {
		rolledBack(() -> {
			AwardYear award = openYear();
			assertThat(award.stage()).isEqualTo(1);
			CurrentUser reviewer = jeonbukReviewer();
			CurrentUser evaluator = new CurrentUser(60_101, "eval2", "평가위원", Role.EVALUATOR, null);
			jdbc.sql("""
					insert into evaluation_assignment (year, government_id, government_code, evaluator, assigned_by, assigned_at)
					select :year, government_id, government_code, 'eval2', 'test', now() from evaluation_peer_member
					where year = :year and government_code in ('52210', '52000', '52110')""").param("year", YEAR).update();

			// before the 1차 is closed the 2차 scores no basic government, and the year cannot be confirmed
			assertThatThrownBy(() -> service.score(evaluator, YEAR, "52210", List.of(new ScoreEntry("disclosure.will",
					new BigDecimal("30"), null)), false))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("1차(시·도 추천)가 마감되어 추천된 뒤에");
			service.score(evaluator, YEAR, "52000", List.of(new ScoreEntry("disclosure.will", new BigDecimal("30"), null)), true);
			assertThatThrownBy(() -> service.confirm(ADMIN, YEAR)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("1차(시·도 추천)가 아직 마감되지 않아");

			// the reviewer scores their own province only, each field bounded
			assertThatThrownBy(() -> firstStage.score(reviewer, YEAR, List.of(new Entry("51110", new BigDecimal("50"), null),
					new Entry("52210", new BigDecimal("100.5"), null), new Entry("52130", new BigDecimal("1.234"), null)), false))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
					.containsExactly("score.51110", "score.52210", "score.52130"));
			assertThatThrownBy(() -> firstStage.score(reviewer, YEAR, List.of(new Entry("52210", new BigDecimal("90"), null)), true))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
					.contains("score.52130", "score.52110").doesNotContain("score.52210"));
			assertThatThrownBy(() -> firstStage.score(evaluator, YEAR, List.of(new Entry("52210", BigDecimal.TEN, null)), false))
				.isInstanceOf(AccessDeniedException.class);
			assertThat(jdbc.sql("select count(*) from evaluation_first_score where year = :year").param("year", YEAR)
				.query(Integer.class).single()).isZero();

			assertThat(firstStage.score(reviewer, YEAR, jeonbukScores(award, firstStage, directory), true)).isEqualTo(14);
			assertThatThrownBy(() -> firstStage.score(reviewer, YEAR, jeonbukScores(award, firstStage, directory), true))
				.isInstanceOf(AccessDeniedException.class).hasMessageContaining("이미 제출한 1차 점수");
			FirstStage.ProvinceBoard board = firstStage.province(reviewer, YEAR);
			assertThat(board.submitted()).isTrue();
			assertThat(board.rows().get(0).code()).isEqualTo("52210");
			assertThat(board.rows().get(0).rank()).isEqualTo(1);
			assertThat(board.rows().stream().filter(r -> Boolean.TRUE.equals(r.nominated())).map(FirstStage.Row::code))
				.containsExactlyInAnyOrder("52210", "52130", "52140");

			// closing needs every province's scores; it names what is missing and changes nothing
			assertThatThrownBy(() -> firstStage.close(ADMIN, YEAR)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("제출된 1차 점수가 없는 기초 지자체가");
			assertThat(service.require(YEAR).stage()).isEqualTo(1);
			assertThatThrownBy(() -> firstStage.close(reviewer, YEAR)).isInstanceOf(AccessDeniedException.class);

			otherProvincesScored(award);
			int nominated = firstStage.close(ADMIN, YEAR);
			AwardYear closed = service.require(YEAR);
			assertThat(closed.stage()).isEqualTo(2);
			assertThat(closed.inSecondStage(id("52210"))).isTrue();
			assertThat(closed.inSecondStage(id("52110"))).isFalse();
			assertThat(closed.inSecondStage(id("52000"))).isTrue();
			int basic = FirstStage.basicByProvince(closed, directory.snapshot()).values().stream().mapToInt(Map::size).sum();
			assertThat(closed.notNominated()).hasSize(basic - nominated);

			// the 2차 scores the nominees, not the others; its ranking holds only them and the metro governments
			service.score(evaluator, YEAR, "52210", List.of(new ScoreEntry("disclosure.will", new BigDecimal("30"), null)), false);
			assertThatThrownBy(() -> service.score(evaluator, YEAR, "52110", List.of(new ScoreEntry("disclosure.will",
					new BigDecimal("30"), null)), false))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("1차에서 추천되지 않아 2차 평가 대상이 아닙니다");
			InvalidInputException missing = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
					() -> service.compute(closed, closed.categories().get(0), AwardYearService.WhatIf.NONE));
			long secondStage = AwardYearService.governmentIds(closed).values().stream().filter(closed::inSecondStage).count();
			long metros = AwardYearService.governmentIds(closed).values().stream()
				.filter(g -> directory.findById(g, AS_OF).orElseThrow().isMetro()).count();
			assertThat(secondStage).isEqualTo(metros + nominated);
			// everyone of the 2차 but 52000 (submitted above) still lacks a submitted score
			assertThat(missing.getMessage()).contains("빠진 값이 " + (secondStage - 1) + "개");

			// closed means closed: the reviewer, the number, the database
			assertThatThrownBy(() -> firstStage.score(reviewer, YEAR, List.of(), false)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("마감되었습니다");
			assertThatThrownBy(() -> firstStage.setNominations(ADMIN, YEAR, 3)).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> firstStage.close(ADMIN, YEAR)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("이미 마감");
		});
	}

	@Test
	void aClosedFirstStageCannotBeChangedInTheDatabase() {
		rolledBack(() -> {
			AwardYear award = openYear();
			otherProvincesScored(award);
			firstStage.score(jeonbukReviewer(), YEAR, jeonbukScores(award, firstStage, directory), true);
			firstStage.close(ADMIN, YEAR);
			transactions.executeWithoutResult(inner -> {
				assertThatThrownBy(() -> jdbc.sql("update evaluation_first_score set score = 100 where year = :year")
					.param("year", YEAR).update()).hasMessageContaining("마감된 1차 평가는 바꿀 수 없습니다");
			});
		});
	}

	@Test
	void theNumberOfNominationsIsBoundedAndTheAdministratorsAlone() {
		rolledBack(() -> {
			openYear();
			assertThatThrownBy(() -> firstStage.setNominations(ADMIN, YEAR, 0))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldProblem::field)
					.containsExactly("perProvince"));
			assertThatThrownBy(() -> firstStage.setNominations(ADMIN, YEAR, 101)).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> firstStage.setNominations(jeonbukReviewer(), YEAR, 3)).isInstanceOf(AccessDeniedException.class);
			assertThat(service.require(YEAR).nominationsPerProvince()).isEqualTo(2);
			firstStage.setNominations(ADMIN, YEAR, null);
			assertThat(service.require(YEAR).hasFirstStage()).isFalse();
			assertThat(service.require(YEAR).stage()).isEqualTo(2);
		});
	}

	// --- the demo's 2021 through HTTP

	@Test
	void jeonbuksReviewerSeesTheClosedFirstStageAndTheAdministratorItsNominations() {
		BrowserSession reviewer = new BrowserSession(this::send, this::url).loginDemo("jeonbuk");
		HttpResponse<String> page = reviewer.get("/evaluations/2021/first-stage");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("2021년 1차 평가", "1차가 마감되어 추천이 확정되었습니다.", "김제시")
			.containsPattern("id=\"first-45210\">\\s*<td class=\"num\">1</td>")
			.doesNotContain("id=\"first-save\"");
		HttpResponse<String> late = reviewer.post("/evaluations/2021/first-stage", Map.of("score.45210", "10", "action", "save"));
		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(late.body()).contains("value=\"10\"");
		assertThat(new BrowserSession(this::send, this::url).loginDemo("eval1").get("/evaluations/2021/first-stage").statusCode())
			.isEqualTo(403);

		BrowserSession admin = new BrowserSession(this::send, this::url).loginDemo("admin");
		HttpResponse<String> progress = admin.get("/admin/awards/2021/first-stage");
		assertThat(progress.statusCode()).isEqualTo(200);
		assertThat(progress.body()).contains("1차 마감: 시·도마다 5곳 추천", "김제시 (1)", "대덕구 (1)");
		assertThat(admin.get("/admin/awards/2021").body()).contains("href=\"/admin/awards/2021/first-stage\"");
		HttpResponse<String> again = admin.post("/admin/awards/2021/first-stage/close", Map.of("confirm", "yes"));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("이미 마감되었습니다");
		assertThat(jdbc.sql("select count(*) from evaluation_nomination where year = 2021 and nominated").query(Integer.class)
			.single()).isEqualTo(jdbc.sql("select count(distinct government_id) from evaluation_result where year = 2021")
				.query(Integer.class).single() - 17);
	}

	/** Only the nominees and the metro governments are ranked in the demo's 2021. */
	@Test
	void theDemoYearRanksOnlyTheSecondStage() {
		AwardYear award = service.require(AwardsDemoData.YEAR);
		ScoringOutcome outcome = service.compute(award, award.categories().get(0), AwardYearService.WhatIf.NONE);
		long ranked = outcome.rankings().stream().mapToLong(r -> r.entries().size()).sum();
		assertThat(ranked).isEqualTo(17 + award.categories().get(0).peerGroups().stream().mapToLong(g -> g.members().size()).sum()
				- 17 - award.notNominated().size());
		assertThat(outcome.awards()).hasSize(36);
	}
}
