package kr.jobgoal.publicread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import kr.jobgoal.publicread.PublicReads.Counted;
import kr.jobgoal.shared.PublicDataChanged;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The SQL budget of every public page and API read, on the demo data (243 governments): rendered right after a
 * change of public data, a read issues at most a small fixed number of statements, whatever the number of
 * governments; served from the cache, one (the data version). No anonymous read writes anything: no session,
 * no throttle, no audit row.
 */
class QueryBudgetTests extends HttpTest {

	/** Statements allowed for a page rendered afresh: a constant, never one per government or per row. */
	private static final int UNCACHED = 15;

	/**
	 * Pages that are constant today but above {@link #UNCACHED}: the same government and plan are looked up
	 * several times per request (each module's links resolve the code again). Lower these when that goes.
	 */
	private static final Map<String, Integer> ALLOWANCES = Map.of("/governments/45210", 25,
			"/governments/45210/results/2020", 20, "/api/v1/governments/45210/results/2020", 20,
			"/api/v1/governments/45210/results/2020/document.hwpx", 20);

	/** Every public GET that the controllers answer, with real codes, years and versions of the demo data. */
	static Stream<String> publicReads() {
		return Stream.of("/", "/governments", "/governments?province=45000&type=city", "/governments?q=%EA%B9%80%EC%A0%9C",
				"/governments/45210", "/governments/45210?asOf=2021-07-06", "/governments/45210/plans",
				"/governments/45210/plans/2020", "/governments/45210/plans/2020/versions",
				"/governments/45210/plans/2020/versions/1", "/governments/45210/plans/2020/diff?from=1&to=1",
				"/governments/45210/plans/2020/excel", "/plans/2020", "/plans/2021?province=45000",
				"/governments/45210/results/2020", "/governments/45210/results/2020/history",
				"/governments/45210/results/2020/peers", "/governments/45210/results/2020/peers?sort=rate&dir=desc",
				"/dashboard", "/dashboard/provinces/45000", "/dashboard/overdue", "/api/v1/governments",
				"/api/v1/governments?asOf=2021-07-06&parent=45000", "/api/v1/governments.csv", "/api/v1/governments/45210",
				"/api/v1/governments/45210/plans/2020", "/api/v1/governments/45210/plans/2020/versions",
				"/api/v1/governments/45210/plans/2020/versions/1", "/api/v1/governments/45210/plans/2020/document.hwpx",
				"/api/v1/governments/45210/results/2020", "/api/v1/governments/45210/results/2020/facts",
				"/api/v1/governments/45210/results/2020/document.hwpx", "/api/v1/statistics",
				"/api/v1/statistics?governmentCode=45210&period=2020H2", "/awards/2021",
				"/governments/45210/evaluations/2021", "/api/v1/awards/2021", "/api/v1/evaluations/2021/rankings",
				"/api/v1/evaluations/2021/governments/45210", "/privacy", "/copyright", "/api-docs", "/search?q=%EA%B9%80%EC%A0%9C",
				"/search?q=45210", "/programs", "/programs?year=2020&type=DIRECT_JOBS&province=45000", "/api/v1/programs",
				"/api/v1/programs?q=%EC%B2%AD%EB%85%84&numOfRows=100&pageNo=1");
	}

	/** Public addresses that are never cached: sign-in, and the redirect to the current year. */
	static Stream<String> uncachedReads() {
		return Stream.of("/login", "/login?error", "/login?logout", "/plans");
	}

	@Autowired
	ApplicationEventPublisher events;

	private PublicReads app;

	@BeforeEach
	void app() {
		app = new PublicReads(port);
	}

	@ParameterizedTest
	@MethodSource("publicReads")
	void aPublicReadStaysWithinItsBudgetAndACachedOneCostsNoStatement(String path) {
		events.publishEvent(new PublicDataChanged() {
		});
		Counted rendered = app.get(path);
		assertThat(rendered.response().statusCode()).as(path).isEqualTo(200);
		assertThat(rendered.statements()).as("statements of %s rendered afresh", path)
			.hasSizeLessThanOrEqualTo(ALLOWANCES.getOrDefault(path.split("\\?")[0], UNCACHED));
		assertNoWrites(path, rendered.statements());

		Counted cached = app.get(path);
		assertThat(cached.response().statusCode()).isEqualTo(200);
		assertThat(cached.response().body()).isEqualTo(rendered.response().body());
		assertThat(cached.statements()).as("statements of %s from the cache", path).isEmpty();
		assertThat(app.send("HEAD", path).statements()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("uncachedReads")
	void signInPagesAndRedirectsWriteNothing(String path) {
		Counted first = app.get(path);
		assertThat(first.response().statusCode()).as(path).isIn(200, 302);
		assertThat(first.statements()).as(path).hasSizeLessThanOrEqualTo(2);
		assertNoWrites(path, first.statements());
	}

	private static void assertNoWrites(String path, List<String> statements) {
		assertThat(statements).as("an anonymous read of %s writes nothing", path)
			.noneMatch(sql -> List.of("insert", "update", "delete", "merge", "truncate")
				.contains(sql.strip().split("\\s+")[0].toLowerCase(Locale.ROOT)));
	}
}
