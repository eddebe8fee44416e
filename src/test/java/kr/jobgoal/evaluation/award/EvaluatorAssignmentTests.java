package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.CategorySetup;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigning evaluators by hand and evenly under the conflict rule, and the tracker of missing scores. Writes
 * run in a transaction that is rolled back, on a year of their own; the demo's open 2022 is only read.
 */
class EvaluatorAssignmentTests extends HttpTest {

	private static final int YEAR = 2031;

	private static final CurrentUser ADMIN = new CurrentUser(60_002, "admin", "관리자", Role.MINISTRY_ADMIN, null);

	@Autowired
	AwardYearService service;

	@Autowired
	EvaluatorAssignments assignments;

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

	/** An open year of the whole directory, with one qualitative criterion. */
	private void openYear() {
		service.create(ADMIN, YEAR, List.of(new CategorySetup("disclosure", "지역일자리 목표 공시제 부문", "Disclosure",
				PeerGroupRule.BY_TYPE,
				List.of(new CriterionRow(0, "will", "추진 의지", "Commitment", ScoringMethod.QUALITATIVE_MEAN, null,
						new BigDecimal("40"), null)),
				List.of(new TierRow(0, "excellent", "장관상 우수", "Excellent", 1, new BigDecimal("70000000"))))));
		service.snapshot(ADMIN, YEAR);
	}

	/** An evaluator who works for 전북특별자치도 (52000 since 2024) (an enabled account, inside the rolled-back transaction). */
	private void jeonbukEvaluator() {
		long jeonbuk = directory.find("52000", java.time.LocalDate.of(YEAR - 1, 12, 31)).orElseThrow().id();
		jdbc.sql("""
				insert into identity_user (username, display_name, password_hash, role, government_id, demo)
				values ('jeonbuk-eval', '전북 평가위원', 'x', 'EVALUATOR', :government, true)""")
			.param("government", jeonbuk).update();
	}

	private int rows() {
		return jdbc.sql("select count(*) from evaluation_assignment where year = :year").param("year", YEAR)
			.query(Integer.class).single();
	}

	@Test
	void evenlyGivesEveryGovernmentItsNumberAndSpreadsTheLoad() {
		rolledBack(() -> {
			openYear();
			int governments = AwardYearService.governmentIds(service.require(YEAR)).size();
			assertThat(assignments.assignEvenly(ADMIN, YEAR, List.of("eval1", "eval2", "eval3"), 2)).isEqualTo(2 * governments);
			Map<String, Integer> load = new HashMap<>();
			jdbc.sql("select evaluator, count(*) from evaluation_assignment where year = :year group by evaluator")
				.param("year", YEAR).query((rs, n) -> load.put(rs.getString(1), rs.getInt(2))).list();
			assertThat(load.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
					- load.values().stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from (select government_id from evaluation_assignment where year = :year
					group by government_id having count(*) <> 2) g""").param("year", YEAR).query(Integer.class).single())
				.isZero();
			// a second run counts what is there and adds nothing
			assertThat(assignments.assignEvenly(ADMIN, YEAR, List.of("eval1", "eval2", "eval3"), 2)).isZero();

			EvaluatorAssignments.Board board = assignments.board(ADMIN, YEAR);
			assertThat(board.pairs()).isEqualTo(2 * governments);
			assertThat(board.submittedPairs()).isZero();
			assertThat(board.unassigned()).isEmpty();
		});
	}

	@Test
	void theConflictRuleHoldsWhenAssigningAndARefusalWritesNothing() {
		rolledBack(() -> {
			openYear();
			jeonbukEvaluator();
			// by hand: its own province's city is refused, naming it; a government elsewhere is fine
			assertThatThrownBy(() -> assignments.assign(ADMIN, YEAR, "jeonbuk-eval", List.of("11110", "52210")))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("52210을 평가할 수 없습니다");
			assertThat(rows()).isZero();
			assertThat(assignments.assign(ADMIN, YEAR, "jeonbuk-eval", List.of("11110"))).isEqualTo(1);
			// evenly with two evaluators, two each: 전북's governments cannot have two, so nothing is assigned
			assertThatThrownBy(() -> assignments.assignEvenly(ADMIN, YEAR, List.of("eval1", "jeonbuk-eval"), 2))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("52000").hasMessageContaining("아무것도 배정하지 않았습니다");
			assertThat(rows()).isEqualTo(1);
			// one each: 전북's governments get eval1, the others whoever has fewer
			assignments.assignEvenly(ADMIN, YEAR, List.of("eval1", "jeonbuk-eval"), 1);
			assertThat(jdbc.sql("""
					select count(*) from evaluation_assignment
					where year = :year and evaluator = 'jeonbuk-eval' and government_code like '52%'""")
				.param("year", YEAR).query(Integer.class).single()).isZero();
		});
	}

	@Test
	void badInputAndOtherRolesAreRefusedBeforeAnythingIsRead() {
		rolledBack(() -> {
			openYear();
			assertThatThrownBy(() -> assignments.assignEvenly(ADMIN, YEAR, List.of("eval1"), 0))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(InvalidInputException.FieldProblem::field).containsExactly("perGovernment"));
			assertThatThrownBy(() -> assignments.assignEvenly(ADMIN, YEAR, List.of("eval1"), 2))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.errors()).extracting(InvalidInputException.FieldProblem::field).containsExactly("evaluators"));
			assertThatThrownBy(() -> assignments.assign(ADMIN, YEAR, "nobody", List.of("45210")))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("사용 중인 평가위원 계정이 아닙니다");
			assertThatThrownBy(() -> assignments.assign(ADMIN, YEAR, "eval1", List.of("99999")))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("99999");
			CurrentUser evaluator = new CurrentUser(70_001, "eval1", "eval1", Role.EVALUATOR, null);
			assertThatThrownBy(() -> assignments.assignEvenly(evaluator, YEAR, List.of("eval1"), 1))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> assignments.board(evaluator, YEAR)).isInstanceOf(AccessDeniedException.class);
			assertThat(rows()).isZero();
		});
	}

	/** The demo's 2022: eval1 has 전북's 15 governments and has submitted none; the others are done. */
	@Test
	void theTrackerShowsWhatIsMissingAndARefusedFormKeepsItsInput() {
		BrowserSession admin = new BrowserSession(this::send, this::url);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		HttpResponse<String> page = admin.get("/admin/awards/2022/assignments");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("2022년 평가위원 배정과 채점 현황")
			.containsPattern("data-evaluator=\"eval1\">\\s*<th scope=\"row\">데모 평가위원 1 \\(eval1\\)</th>\\s*<td>소속 없음</td>\\s*"
					+ "<td class=\"num\">15</td>\\s*<td class=\"num\">0</td>")
			.contains("15곳 보기", "전주시");
		assertThat(admin.get("/admin/awards/2022").body()).contains("href=\"/admin/awards/2022/assignments\"");

		HttpResponse<String> refused = admin.post("/admin/awards/2022/assignments/even",
				Map.of("evaluators", "eval2", "perGovernment", "다섯"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("지자체마다 배정할 평가위원 수를 정수로 입력하세요.", "value=\"다섯\"");
		HttpResponse<String> unknown = admin.post("/admin/awards/2022/assignments",
				Map.of("evaluator", "eval2", "governments", "45210, 99999"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("지자체 99999는 2022년 평가 대상이 아닙니다.", "45210, 99999</textarea>");
		assertThat(admin.get("/admin/awards/2021/assignments").body()).contains("평가가 열린 동안에만 배정할 수 있습니다");
	}
}
