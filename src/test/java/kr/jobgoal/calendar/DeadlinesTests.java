package kr.jobgoal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.support.ApiTokens;
import kr.jobgoal.support.BrowserSession;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines are data: the administrator sets a year's, the status board and the overdue list follow them, and
 * the clock the tests set decides what "today" is. Every test puts back the deadlines and the clock it changed.
 */
class DeadlinesTests extends HttpTest {

	private static final Pattern OVERDUE_COUNT = Pattern.compile("기한 경과·미공시</span>:\\s*<strong>([0-9,]+)곳");

	@Autowired
	TestClock clock;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void putBack() {
		clock.reset();
		jdbc.sql("update calendar_deadline set plan_due = make_date(year, 3, 31), results_due = make_date(year + 1, 3, 1) - 1")
			.update();
	}

	@Test
	void theStatutoryRuleHoldsForEveryYearNotSet() {
		assertThat(YearDeadlines.statutory(2023).resultsDue()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(deadlines.of(2020)).isEqualTo(new YearDeadlines(2020, LocalDate.of(2020, 3, 31), LocalDate.of(2021, 2, 28)));
		assertThat(deadlines.of(2090)).isEqualTo(YearDeadlines.statutory(2090));
	}

	@Test
	void theStatusBoardFollowsTheYearsPlanDeadlineAndTheClock() {
		clock.setSeoulTime(LocalDateTime.of(2029, 4, 1, 9, 0));
		assertThat(overdueOnBoard(2029)).as("nobody disclosed 2029 by 31 March").isPositive();

		BrowserSession admin = admin();
		HttpResponse<String> changed = admin.post("/admin/deadlines",
				Map.of("year", "2029", "planDue", "2029-04-30", "resultsDue", "2030-02-28"));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/deadlines").body()).contains("id=\"deadline-changed\"").contains("2029-04-30");
		assertThat(get("/plans/2029").body()).contains("공시 기한은 2029-04-30입니다");
		assertThat(overdueOnBoard(2029)).as("the deadline moved to 30 April").isZero();

		clock.setSeoulTime(LocalDateTime.of(2029, 5, 1, 0, 0));
		assertThat(overdueOnBoard(2029)).isPositive();
		assertThat(jdbc.sql("select after_state ->> 'planDue' from identity_audit_log where entity_type = 'calendar.deadline' "
				+ "and entity_id = '2029' order by id desc limit 1").query(String.class).single()).isEqualTo("2029-04-30");
	}

	@Test
	void theOverdueListFollowsTheYearsResultsDeadline() {
		clock.setSeoulTime(LocalDateTime.of(2022, 3, 15, 12, 0));
		assertThat(get("/dashboard/overdue?year=2021").body()).contains("2021년 실적 제출 기한이 지났는데")
			.doesNotContain("아직 제출 기한");

		assertThat(admin().post("/admin/deadlines", Map.of("year", "2021", "planDue", "2021-03-31",
				"resultsDue", "2022-03-31")).statusCode()).isEqualTo(302);
		assertThat(get("/dashboard/overdue?year=2021").body()).contains("아직 제출 기한(2022-03-31) 전입니다.")
			.doesNotContain("2021년 실적 제출 기한이 지났는데");
		assertThat(get("/governments/45210/results/2021").body()).contains("2022-03-31");
	}

	@Test
	void aBadFormIsAnsweredBesideItsFieldsWithTheInputKeptAndChangesNothing() {
		long audit = auditCount();
		BrowserSession admin = admin();
		HttpResponse<String> refused = admin.post("/admin/deadlines",
				Map.of("year", "2026", "planDue", "2025-03-31", "resultsDue", "2027-02-30"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("아무것도 바꾸지 않았습니다")
			.contains("id=\"planDue-error\"").contains("계획 공시 기한은 2026년 안의 날짜여야 합니다.")
			.contains("id=\"resultsDue-error\"").contains("value=\"2025-03-31\"").contains("value=\"2027-02-30\"");
		assertThat(admin.post("/admin/deadlines", Map.of("year", "1e999999999", "planDue", "x".repeat(5000),
				"resultsDue", "")).body()).contains("id=\"year-error\"");
		assertThat(deadlines.of(2026)).isEqualTo(YearDeadlines.statutory(2026));
		assertThat(auditCount()).isEqualTo(audit);
	}

	@Test
	void onlyTheMinistryAdministratorSetsDeadlines() {
		long audit = auditCount();
		BrowserSession officer = new BrowserSession(this::send, this::url);
		officer.login("gimje", ApiTokens.DEMO_PASSWORD);
		officer.get("/");
		assertThat(officer.get("/admin/deadlines").statusCode()).isEqualTo(403);
		assertThat(officer.post("/admin/deadlines", Map.of("year", "2026", "planDue", "2026-06-30",
				"resultsDue", "2027-02-28")).statusCode()).isEqualTo(403);
		assertThat(admin().postWithoutToken("/admin/deadlines", Map.of("year", "2026", "planDue", "2026-06-30",
				"resultsDue", "2027-02-28")).statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(deadlines.of(2026)).isEqualTo(YearDeadlines.statutory(2026));
		assertThat(auditCount()).isEqualTo(audit);
	}

	private BrowserSession admin() {
		BrowserSession admin = new BrowserSession(this::send, this::url);
		admin.login("admin", ApiTokens.DEMO_PASSWORD);
		assertThat(admin.get("/admin/deadlines").statusCode()).isEqualTo(200);
		return admin;
	}

	private int overdueOnBoard(int year) {
		HttpResponse<String> board = get("/plans/" + year);
		assertThat(board.statusCode()).isEqualTo(200);
		Matcher count = OVERDUE_COUNT.matcher(board.body());
		assertThat(count.find()).as("the board counts overdue governments").isTrue();
		return Integer.parseInt(count.group(1).replace(",", ""));
	}

	private long auditCount() {
		return jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single();
	}
}
