package kr.jobgoal.evaluation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.CategorySetup;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's editing of peer groups: add, rename, delete an empty one, move governments with each in
 * exactly one group per category, and the refusals, which change nothing. Writes run in a transaction that is
 * rolled back, on a year of their own; the demo's years are only read (and sent refused forms).
 */
class PeerGroupEditingTests extends HttpTest {

	private static final int YEAR = 2032;

	private static final CurrentUser ADMIN = new CurrentUser(60_002, "admin", "관리자", Role.MINISTRY_ADMIN, null);

	@Autowired
	AwardYearService service;

	@Autowired
	PeerGroupEditing editing;

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

	/** A year of the whole directory in set-up: 공시제 by type (metro/city/county/district), 우수사업 by level. */
	private void setUpYear() {
		List<CriterionRow> rubric = List.of(new CriterionRow(0, "will", "추진 의지", "Commitment",
				ScoringMethod.QUALITATIVE_MEAN, null, new BigDecimal("40"), null));
		List<TierRow> tiers = List.of(new TierRow(0, "excellent", "장관상 우수", "Excellent", 1, new BigDecimal("70000000")));
		service.create(ADMIN, YEAR, List.of(
				new CategorySetup("disclosure", "지역일자리 목표 공시제 부문", "Disclosure", PeerGroupRule.BY_TYPE, rubric, tiers),
				new CategorySetup("program", "우수사업 부문", "Best programs", PeerGroupRule.BY_LEVEL, rubric, tiers)));
	}

	/** Every group of the year with its names and members, and the year's audit records of peer groups. */
	private List<String> state() {
		List<String> rows = jdbc.sql("""
				select c.code || '/' || g.code || '/' || g.name_ko || '/' || g.name_en || '/' || g.position || ':'
				       || coalesce(string_agg(m.government_code, ',' order by m.government_code), '')
				from evaluation_peer_group g join evaluation_category c on c.id = g.category_id
				left join evaluation_peer_member m on m.peer_group_id = g.id
				where g.year = :year group by c.code, g.code, g.name_ko, g.name_en, g.position
				order by c.code, g.position""").param("year", YEAR).query(String.class).list();
		List<String> state = new ArrayList<>(rows);
		state.add("audit:" + audits());
		return state;
	}

	private int audits() {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = 'evaluation.peerGroup'")
			.query(Integer.class).single();
	}

	private String groupOf(String category, String code) {
		return jdbc.sql("""
				select g.code from evaluation_peer_member m join evaluation_peer_group g on g.id = m.peer_group_id
				join evaluation_category c on c.id = m.category_id
				where m.year = :year and c.code = :category and m.government_code = :code""")
			.param("year", YEAR).param("category", category).param("code", code).query(String.class).single();
	}

	private AwardYear.PeerGroup group(String category, String code) {
		return service.require(YEAR).categories().stream().filter(c -> c.code().equals(category)).findFirst().orElseThrow()
			.peerGroups().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
	}

	/** Refused for its content, naming exactly these fields, and nothing changed. */
	private void refused(ThrowingCallable write, String... fields) {
		List<String> before = state();
		assertThatThrownBy(write).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.errors()).extracting(FieldProblem::field).containsExactly(fields));
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void aGroupIsAddedRenamedAndDeletedWhileEmptyAndEachChangeIsAudited() {
		rolledBack(() -> {
			setUpYear();
			int audited = audits();
			editing.add(ADMIN, YEAR, "disclosure", "city-large", " 대도시 ", "Large city");
			AwardYear.PeerGroup added = group("disclosure", "city-large");
			assertThat(added.nameKo()).isEqualTo("대도시");
			assertThat(added.members()).isEmpty();
			assertThat(service.require(YEAR).categories().get(0).peerGroups()).extracting(AwardYear.PeerGroup::code)
				.containsExactly("metro", "city", "county", "district", "city-large");
			// the same code in another category is another group
			editing.add(ADMIN, YEAR, "program", "city-large", "대도시", "Large city");

			editing.rename(ADMIN, YEAR, "disclosure", "city-large", "인구 50만 이상 시", "Cities of 500,000 or more");
			assertThat(group("disclosure", "city-large").nameEn()).isEqualTo("Cities of 500,000 or more");
			editing.rename(ADMIN, YEAR, "disclosure", "city", "일반 시", "Other cities");
			assertThat(group("disclosure", "city").nameKo()).isEqualTo("일반 시");

			editing.delete(ADMIN, YEAR, "disclosure", "city-large");
			assertThat(service.require(YEAR).categories().get(0).peerGroups()).extracting(AwardYear.PeerGroup::code)
				.containsExactly("metro", "city", "county", "district");
			assertThat(group("program", "city-large")).isNotNull();
			assertThat(audits()).isEqualTo(audited + 5);
			assertThat(jdbc.sql("""
					select action from identity_audit_log where entity_type = 'evaluation.peerGroup'
					and entity_id = :id order by id""").param("id", YEAR + "/disclosure/city-large").query(String.class).list())
				.containsExactly("add", "rename", "delete");
		});
	}

	@Test
	void aGroupWithMembersIsNotDeleted() {
		rolledBack(() -> {
			setUpYear();
			int members = group("disclosure", "county").members().size();
			assertThat(members).isPositive();
			List<String> before = state();
			assertThatThrownBy(() -> editing.delete(ADMIN, YEAR, "disclosure", "county"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> {
					assertThat(e).hasMessage("비교 집단 '군'에 지자체 " + members
							+ "곳이 있어 삭제할 수 없습니다. 먼저 모두 다른 비교 집단으로 옮기세요.");
					assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("group");
				});
			assertThat(state()).isEqualTo(before);
		});
	}

	@Test
	void movedGovernmentsLeaveTheirGroupAndEachStaysInExactlyOne() {
		rolledBack(() -> {
			setUpYear();
			int governments = AwardYearService.governmentIds(service.require(YEAR)).size();
			editing.add(ADMIN, YEAR, "disclosure", "special", "특례시", "Special cities");
			int audited = audits();
			// 김제시 (a city) and 종로구 (a district); the same code twice counts once
			assertThat(editing.move(ADMIN, YEAR, "disclosure", "special", List.of("52210", "11110", "52210"))).isEqualTo(2);
			assertThat(groupOf("disclosure", "52210")).isEqualTo("special");
			assertThat(groupOf("disclosure", "11110")).isEqualTo("special");
			assertThat(group("disclosure", "city").members()).doesNotContainValue("52210");
			assertThat(group("disclosure", "district").members()).doesNotContainValue("11110");
			// the other category is untouched
			assertThat(groupOf("program", "52210")).isEqualTo("basic");
			// moving back, one already there: only the other moves
			assertThat(editing.move(ADMIN, YEAR, "disclosure", "city", List.of("52210", "52110"))).isEqualTo(1);
			assertThat(groupOf("disclosure", "52210")).isEqualTo("city");
			assertThat(audits()).isEqualTo(audited + 2);
			// nothing to move is no change and no record
			assertThat(editing.move(ADMIN, YEAR, "disclosure", "city", List.of("52210"))).isZero();
			assertThat(audits()).isEqualTo(audited + 2);
			for (String category : List.of("disclosure", "program")) {
				assertThat(jdbc.sql("""
						select count(*), count(distinct m.government_id) from evaluation_peer_member m
						join evaluation_category c on c.id = m.category_id where m.year = :year and c.code = :category""")
					.param("year", YEAR).param("category", category)
					.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single())
					.containsExactly(governments, governments);
			}
			// the emptied group can go again
			editing.move(ADMIN, YEAR, "disclosure", "district", List.of("11110"));
			editing.delete(ADMIN, YEAR, "disclosure", "special");
			assertThat(groupOf("disclosure", "11110")).isEqualTo("district");
		});
	}

	@Test
	void badInputIsA400NamingTheFieldAndChangesNothing() {
		rolledBack(() -> {
			setUpYear();
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "City", "시", "City"), "code");
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "1city", "시", "City"), "code");
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "a".repeat(41), "시", "City"), "code");
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "city", "시", "City"), "code");
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "new", " ", "x".repeat(101)), "nameKo", "nameEn");
			refused(() -> editing.add(ADMIN, YEAR, "nothing", "new", "새 집단", "New"), "category");
			refused(() -> editing.rename(ADMIN, YEAR, "disclosure", "city", "가".repeat(101), "City"), "nameKo");
			refused(() -> editing.rename(ADMIN, YEAR, "disclosure", "nothing", "시", "City"), "group");
			refused(() -> editing.delete(ADMIN, YEAR, "disclosure", "nothing"), "group");
			// a group of the other category is not one of this category's
			refused(() -> editing.move(ADMIN, YEAR, "disclosure", "basic", List.of("52210")), "group");
			refused(() -> editing.move(ADMIN, YEAR, "disclosure", "city", List.of()), "governments");
			refused(() -> editing.move(ADMIN, YEAR, "disclosure", "city", Collections.nCopies(301, "52210")), "governments");
			refused(() -> editing.move(ADMIN, YEAR, "disclosure", "city", List.of("5221", "52210", "abcde")),
					"governments", "governments");
			// one unknown code refuses the whole move
			refused(() -> editing.move(ADMIN, YEAR, "disclosure", "metro", List.of("52210", "99999")), "governments");
			assertThatThrownBy(() -> editing.move(ADMIN, YEAR, "disclosure", "metro", List.of("99999")))
				.hasMessage("지자체 99999는 2032년 지역일자리 목표 공시제 부문 평가 대상이 아닙니다.");
			// a category whose last group has the last position (0–99) takes no more
			jdbc.sql("""
					update evaluation_peer_group set position = 99 where year = :year and code = 'district'
					and category_id = (select id from evaluation_category where year = :year and code = 'disclosure')""")
				.param("year", YEAR).update();
			refused(() -> editing.add(ADMIN, YEAR, "disclosure", "new", "새 집단", "New"), "code");
		});
	}

	@Test
	void onlyTheMinistryAdministratorMayEditAndARefusalChangesNothing() {
		rolledBack(() -> {
			setUpYear();
			List<String> before = state();
			for (CurrentUser user : List.of(new CurrentUser(70_001, "eval1", "eval1", Role.EVALUATOR, null),
					new CurrentUser(70_002, "jeonbuk", "전북", Role.PROVINCIAL_REVIEWER, 1L),
					new CurrentUser(70_003, "gimje", "김제", Role.LOCAL_OFFICER, 2L))) {
				assertThatThrownBy(() -> editing.add(user, YEAR, "disclosure", "new", "새 집단", "New"))
					.isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> editing.rename(user, YEAR, "disclosure", "city", "새 이름", "New"))
					.isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> editing.delete(user, YEAR, "disclosure", "city"))
					.isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> editing.move(user, YEAR, "disclosure", "metro", List.of("52210")))
					.isInstanceOf(AccessDeniedException.class);
				assertThatThrownBy(() -> editing.read(user, YEAR)).isInstanceOf(AccessDeniedException.class);
			}
			assertThat(state()).isEqualTo(before);
		});
	}

	@Test
	void anOpenYearMayBeEditedAConfirmedOneNot() {
		rolledBack(() -> {
			setUpYear();
			service.snapshot(ADMIN, YEAR);
			editing.add(ADMIN, YEAR, "disclosure", "special", "특례시", "Special cities");
			assertThat(editing.move(ADMIN, YEAR, "disclosure", "special", List.of("52210"))).isEqualTo(1);
			// the demo's 2021 is confirmed
			assertThatThrownBy(() -> editing.add(ADMIN, 2021, "disclosure", "special", "특례시", "Special cities"))
				.isInstanceOf(InvalidInputException.class).hasMessage("2021년 평가는 확정되어 비교 집단을 바꿀 수 없습니다.");
			assertThatThrownBy(() -> editing.move(ADMIN, 2021, "disclosure", "metro", List.of("45210")))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("확정되어");
		});
	}

	@Test
	void thePageListsTheGroupsAndARefusedFormKeepsItsInput() {
		BrowserSession admin = new BrowserSession(this::send, this::url);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		assertThat(admin.get("/admin/awards/2022").body()).contains("href=\"/admin/awards/2022/peer-groups\"");
		HttpResponse<String> page = admin.get("/admin/awards/2022/peer-groups");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("2022년 비교 집단 관리", "지역일자리 목표 공시제 부문", "우수사업 부문", "김제시 (45210)",
				"action=\"/admin/awards/2022/peer-groups/move\"", "action=\"/admin/awards/2022/peer-groups/add\"",
				"name=\"_csrf\"");

		assertThat(admin.get("/admin/awards/2022/peer-groups?lang=en").body()).contains("2022 awards: peer groups",
				"Best programs: move governments", "Gimje-si (45210)");

		List<String> before = jdbc.sql("""
				select g.code || ':' || m.government_code from evaluation_peer_member m
				join evaluation_peer_group g on g.id = m.peer_group_id where m.year = 2022 order by 1""")
			.query(String.class).list();
		HttpResponse<String> move = admin.post("/admin/awards/2022/peer-groups/move",
				Map.of("category", "disclosure", "group", "metro", "governments", "45210, 99999"));
		assertThat(move.statusCode()).isEqualTo(400);
		assertThat(move.body()).contains("지자체 99999는 2022년 지역일자리 목표 공시제 부문 평가 대상이 아닙니다.",
				"45210, 99999</textarea>");
		HttpResponse<String> add = admin.post("/admin/awards/2022/peer-groups/add",
				Map.of("category", "disclosure", "code", "Big", "nameKo", "대도시", "nameEn", "Large city"));
		assertThat(add.statusCode()).isEqualTo(400);
		assertThat(add.body()).contains("value=\"Big\"", "value=\"대도시\"", "코드는 영문 소문자로 시작해");
		HttpResponse<String> delete = admin.post("/admin/awards/2022/peer-groups/delete",
				Map.of("category", "disclosure", "group", "city"));
		assertThat(delete.statusCode()).isEqualTo(400);
		assertThat(delete.body()).contains("삭제할 수 없습니다");
		assertThat(jdbc.sql("""
				select g.code || ':' || m.government_code from evaluation_peer_member m
				join evaluation_peer_group g on g.id = m.peer_group_id where m.year = 2022 order by 1""")
			.query(String.class).list()).isEqualTo(before);

		// a confirmed year's page lists its groups without forms
		HttpResponse<String> confirmed = admin.get("/admin/awards/2021/peer-groups");
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("확정된 평가의 비교 집단은 바꿀 수 없습니다.")
			.doesNotContain("/admin/awards/2021/peer-groups/move");
	}
}
