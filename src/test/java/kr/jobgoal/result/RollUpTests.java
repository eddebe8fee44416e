package kr.jobgoal.result;

import static kr.jobgoal.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.service.FactRecorder;
import kr.jobgoal.result.service.ResultBook;
import kr.jobgoal.result.service.RollUpStartup;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.result.store.RollUpRepository;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored roll-ups against a direct computation from the plans and facts (what every page computed per
 * request before), their upkeep in the transaction of a fact append (seen inside it, gone with its
 * rollback), and the start-up rebuild that fills them for data from before they existed.
 */
class RollUpTests extends HttpTest {

	@Autowired
	DisclosedPlans plans;

	@Autowired
	FactRepository facts;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	RollUpRepository rollUps;

	@Autowired
	FactRecorder recorder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RollUpStartup startup;

	@Autowired
	JdbcClient jdbc;

	/** Each government's year computed directly, one government at a time, as the results page does. */
	private List<AnnualResults> direct(int year) {
		Map<Long, DisclosedPlan> latest = plans.allAnnualVersions(year)
			.stream()
			.collect(Collectors.toMap(DisclosedPlan::governmentId, Function.identity(),
					(a, b) -> a.version() >= b.version() ? a : b));
		List<AnnualResults> all = new ArrayList<>();
		latest.forEach((id, plan) -> directory.findById(id, ResultBook.referenceDate(year))
			.ifPresent(g -> all.add(ResultBook.compute(g, plan, facts.findAll(id, year)))));
		return all;
	}

	/** The totals as the dashboard defined them: only governments that reported count towards the rate. */
	private static ResultTotals totals(List<AnnualResults> results) {
		List<AnnualResults> reported = results.stream().filter(AnnualResults::reported).toList();
		return new ResultTotals(results.size(), reported.size(), sum(results, AnnualResults::jobTargetTotal),
				sum(reported, AnnualResults::jobTargetTotal),
				reported.isEmpty() ? null : sum(reported, AnnualResults::jobsCreatedTotal));
	}

	private static BigDecimal sum(List<AnnualResults> results, Function<AnnualResults, BigDecimal> figure) {
		return results.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static void assertSameTotals(ResultTotals stored, ResultTotals direct, String scope) {
		assertThat(stored.disclosed()).as(scope).isEqualTo(direct.disclosed());
		assertThat(stored.reported()).as(scope).isEqualTo(direct.reported());
		assertThat(stored.jobTargetDisclosed()).as(scope).isEqualByComparingTo(direct.jobTargetDisclosed());
		assertThat(stored.jobTargetReported()).as(scope).isEqualByComparingTo(direct.jobTargetReported());
		assertThat(Objects.toString(stored.jobsCreated())).as(scope).isEqualTo(Objects.toString(direct.jobsCreated()));
		assertThat(stored.achievement().rate()).as(scope).isEqualTo(direct.achievement().rate());
	}

	@Test
	void everyStoredRollUpEqualsTheDirectComputation() {
		for (int year : List.of(2020, 2021)) {
			List<AnnualResults> direct = direct(year);
			Map<Long, RollUpRepository.Stored> stored = rollUps.findAll(year);
			assertThat(direct).as("demo plans of %d", year).hasSizeGreaterThan(200);
			assertThat(stored.keySet()).as("governments of %d", year)
				.containsExactlyInAnyOrderElementsOf(direct.stream().map(r -> r.government().id()).toList());
			for (AnnualResults r : direct) {
				AnnualRollUp expected = AnnualRollUp.of(r);
				RollUpRepository.Stored s = stored.get(r.government().id());
				String who = r.government().code() + " " + year;
				assertThat(s.planVersion()).as(who).isEqualTo(expected.planVersion());
				assertThat(Objects.toString(s.jobTarget())).as(who).isEqualTo(Objects.toString(expected.jobTargetTotal()));
				assertThat(Objects.toString(s.jobsCreated())).as(who).isEqualTo(Objects.toString(expected.jobsCreatedTotal()));
				assertThat(Objects.toString(s.budgetPlanned())).as(who)
					.isEqualTo(Objects.toString(expected.budgetPlannedTotal()));
				assertThat(Objects.toString(s.budgetExecuted())).as(who)
					.isEqualTo(Objects.toString(expected.budgetExecutedTotal()));
				assertThat(s.programs()).as(who).isEqualTo(expected.programs());
				assertThat(s.programsComplete()).as(who).isEqualTo(expected.programsComplete());
				assertThat(s.demo()).as(who).isEqualTo(expected.demo());
				assertThat(s.lastRecordedAt() == null ? null : s.lastRecordedAt().toInstant()).as(who)
					.isEqualTo(expected.lastRecordedAt() == null ? null : expected.lastRecordedAt().toInstant());
				assertThat(Achievement.of(s.jobsCreated(), s.jobTarget()).rate()).as(who).isEqualTo(r.achievement().rate());
			}

			RollUpRepository.RollUpTotals totals = rollUps.totals(year);
			// no total adds a metro government's own plan to its cities', counties' and districts' sums
			List<AnnualResults> basics = direct.stream().filter(r -> !r.government().isMetro()).toList();
			assertSameTotals(totals.nationBasics(), totals(basics), "nation's basics " + year);
			assertSameTotals(totals.metros(), totals(direct.stream().filter(r -> r.government().isMetro()).toList()),
					"metros " + year);
			Map<String, List<AnnualResults>> byProvince = basics.stream()
				.collect(Collectors.groupingBy(r -> AnnualRollUp.of(r).provinceCode()));
			byProvince.forEach((code, members) -> assertSameTotals(totals.basics(code), totals(members), code));
			Map<String, List<AnnualResults>> byPeers = direct.stream()
				.collect(Collectors.groupingBy(r -> AnnualRollUp.of(r).peerGroup()));
			assertThat(byPeers.keySet()).contains("metro", "city", "county", "district");
			byPeers.forEach((group, members) -> assertSameTotals(totals.peerGroup(group), totals(members), group));
		}
	}

	@Test
	void theFieldsPublishedFiguresComeOutOfTheStoredSums() {
		Government gimje = directory.find("45210", ResultBook.referenceDate(2020)).orElseThrow();
		RollUpRepository.Stored gimje2020 = rollUps.findAll(2020).get(gimje.id());
		// 김제시 2020 (press release of 2021-07-06): 6,396 jobs against 3,000 is 213%, cut, not rounded
		assertThat(gimje2020.jobsCreated()).isEqualByComparingTo("6396");
		assertThat(gimje2020.jobTarget()).isEqualByComparingTo("3000");
		Achievement rate = Achievement.of(gimje2020.jobsCreated(), gimje2020.jobTarget());
		assertThat(rate.rate()).isEqualTo("213.20");
		assertThat(rate.display(Achievement.Display.DEFAULT)).isEqualTo("213%");

		// 익산시 2021: the corrected fact counts, the fact it supersedes does not
		Government iksan = directory.find("45140", ResultBook.referenceDate(2021)).orElseThrow();
		List<ResultFact> all = facts.findAll(iksan.id(), 2021);
		assertThat(all.stream().anyMatch(f -> f.supersedes() != null)).isTrue();
		BigDecimal current = ResultFacts.current(all).stream()
			.filter(f -> f.period().startsWith("2021H"))
			.map(ResultFact::jobsCreated)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(rollUps.findAll(2021).get(iksan.id()).jobsCreated()).isEqualByComparingTo(current);
	}

	@Test
	void aFactAppendChangesTheRollUpInItsTransactionAndARollbackLeavesItUnchanged() {
		Government gimje = directory.find("45210", ResultBook.referenceDate(2021)).orElseThrow();
		CurrentUser officer = new CurrentUser(990_001, "rollup-test", "집계 시험 담당자", Role.LOCAL_OFFICER, gimje.id());
		RollUpRepository.Stored before = rollUps.findAll(2021).get(gimje.id());
		// the coarsest current fact always counts (nothing covers it), so correcting it changes the total,
		// whatever other tests appended before
		ResultFact counted = ResultFacts.current(facts.findAll(gimje.id(), 2021)).stream()
			.min(Comparator.comparing((ResultFact f) -> f.period().length()).thenComparing(ResultFact::period))
			.orElseThrow();
		String corrected = counted.jobsCreated().add(BigDecimal.valueOf(7)).toPlainString();
		Map<String, Object> inside = new HashMap<>();
		transactions.executeWithoutResult(status -> {
			as(officer, () -> recorder.record(gimje, 2021, List.of(new FactInput(Long.toString(counted.programId()),
					counted.period(), corrected, null, "집계 시험", Long.toString(counted.id()), "집계 시험 정정")), List.of()));
			inside.put("stored", rollUps.findAll(2021).get(gimje.id()));
			inside.put("direct", AnnualRollUp.of(ResultBook.compute(gimje, plans.latestAnnual(gimje.id(), 2021).orElseThrow(),
					facts.findAll(gimje.id(), 2021))));
			status.setRollbackOnly();
		});
		RollUpRepository.Stored changed = (RollUpRepository.Stored) inside.get("stored");
		assertThat(changed.jobsCreated()).isEqualByComparingTo(before.jobsCreated().add(BigDecimal.valueOf(7)));
		assertThat(changed.jobsCreated()).isEqualByComparingTo(((AnnualRollUp) inside.get("direct")).jobsCreatedTotal());
		assertThat(changed.demo()).isEqualTo(((AnnualRollUp) inside.get("direct")).demo());
		RollUpRepository.Stored after = rollUps.findAll(2021).get(gimje.id());
		assertThat(after).isEqualTo(before);
	}

	@Test
	void aRequestedRebuildFillsEmptyRollUpsAgainAndOnlyOnce() {
		Map<Long, RollUpRepository.Stored> before2020 = rollUps.findAll(2020);
		Map<Long, RollUpRepository.Stored> before2021 = rollUps.findAll(2021);
		transactions.executeWithoutResult(status -> {
			// as a database from before V5_3: plans and facts, no roll-ups, a rebuild requested
			jdbc.sql("delete from result_annual_rollup").update();
			jdbc.sql("insert into result_rollup_rebuild (reason) values ('시험')").update();
			startup.run(null);
			assertThat(rollUps.findAll(2020)).isEqualTo(before2020);
			assertThat(rollUps.findAll(2021)).isEqualTo(before2021);
			assertThat(jdbc.sql("select count(*) from result_rollup_rebuild").query(Long.class).single()).isZero();

			// without a request a start-up leaves the roll-ups alone
			jdbc.sql("delete from result_annual_rollup where year = 2020").update();
			startup.run(null);
			assertThat(rollUps.findAll(2020)).isEmpty();
			status.setRollbackOnly();
		});
		assertThat(rollUps.findAll(2020)).isEqualTo(before2020);
	}
}
