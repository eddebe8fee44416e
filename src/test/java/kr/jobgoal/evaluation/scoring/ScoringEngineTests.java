package kr.jobgoal.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.evaluation.scoring.ScoringOutcome.Award;
import kr.jobgoal.evaluation.scoring.ScoringOutcome.Entry;
import kr.jobgoal.statistics.Indicator;
import org.junit.jupiter.api.Test;

/** The scoring engine against cases computed by hand from CONTRACT.md's rules. */
class ScoringEngineTests {

	private static final Criterion ACHV = Criterion.quantitative("achv", ScoringMethod.ACHIEVEMENT_CAPPED,
			Indicator.JOBS_CREATED, d("30"), d("1.2"));

	private static final Criterion RATE = Criterion.quantitative("rate", ScoringMethod.PEER_MINMAX,
			Indicator.EMPLOYMENT_RATE_15_64, d("20"), null);

	private static final Criterion GAIN = Criterion.quantitative("gain", ScoringMethod.PEER_MINMAX_CHANGE,
			Indicator.EMPLOYMENT_RATE_15_64, d("10"), null);

	private static final Criterion WILL = Criterion.qualitative("will", d("40"));

	@Test
	void theContractsExample() {
		ScoringInput input = new ScoringInput(List.of(ACHV, RATE, GAIN, WILL), List.of("city", "county"), List.of(
				government("45210", "city", jobs("3000", "6396"), rate("71.0", "70.2"), "31", "35", "28", "33", "30"),
				government("45130", "city", jobs("2500", "2600"), rate("60.1", "59.0"), "30", "32", "29"),
				government("45710", "county", jobs("1200", "1500"), rate("67.4", "66.0"), "34", "36", "35", "33", "38")),
				List.of(new Tier("excellence", 1, d("70000000")), new Tier("special", 1, d("55000000"))));

		ScoringOutcome outcome = ScoringEngine.evaluate(input);

		assertThat(outcome.rankings()).extracting(ScoringOutcome.Ranking::peerGroup).containsExactly("city", "county");
		List<Entry> city = outcome.rankings().get(0).entries();
		assertThat(city).extracting(Entry::code).containsExactly("45210", "45130");
		assertThat(city).extracting(Entry::rank).containsExactly(1, 2);
		// 45210: 6396/3000 = 2.132 is over the cap → 30; the group's best rate → 20; the smaller gain (0.8 < 1.1) → 0;
		// five scores: 35 and 28 dropped, (31 + 33 + 30) / 3 = 31⅓; total 81⅓ exactly
		assertThat(shown(city.get(0).points())).containsExactly(Map.entry("achv", "30.00"), Map.entry("rate", "20.00"),
				Map.entry("gain", "0.00"), Map.entry("will", "31.33"));
		assertThat(city.get(0).total()).isEqualTo(fraction(244, 3));
		// 45130: 30 × 1.04 / 1.2 = 26; three scores, all counted: 91/3 = 30⅓
		assertThat(shown(city.get(1).points())).containsExactly(Map.entry("achv", "26.00"), Map.entry("rate", "0.00"),
				Map.entry("gain", "10.00"), Map.entry("will", "30.33"));
		assertThat(city.get(1).total()).isEqualTo(fraction(199, 3));
		// 45710 alone in its group: min = max → full points; (34 + 36 + 35) / 3 = 35
		Entry county = outcome.rankings().get(1).entries().get(0);
		assertThat(county.rank()).isEqualTo(1);
		assertThat(county.total().shown().toPlainString()).isEqualTo("95.00");

		assertThat(outcome.awards()).containsExactly(new Award("45210", "city", "excellence", d("70000000")),
				new Award("45710", "county", "excellence", d("70000000")), new Award("45130", "city", "special", d("55000000")));
	}

	@Test
	void fiveOrMoreScoresDropTheSingleHighestAndLowest() {
		assertThat(mean("10", "20", "30", "40", "100")).isEqualTo(Points.of(d("30")));
		// only one of each extreme goes, even when it is repeated
		assertThat(mean("1", "1", "5", "5", "9", "9")).isEqualTo(Points.of(d("5")));
		assertThat(mean("0", "40", "40", "40", "40")).isEqualTo(Points.of(d("40")));
		// four or fewer: the plain mean
		assertThat(mean("10", "20", "30", "100")).isEqualTo(Points.of(d("40")));
		assertThat(mean("33.5")).isEqualTo(Points.of(d("33.5")));
		assertThat(mean("31", "32")).isEqualTo(Points.of(d("31.5")));
		assertThat(mean("30", "32", "29").shown().toPlainString()).isEqualTo("30.33");
	}

	@Test
	void allEqualInAPeerGroupGivesEveryoneTheMaximum() {
		ScoringOutcome outcome = ScoringEngine.evaluate(new ScoringInput(List.of(RATE, GAIN), List.of("county"),
				List.of(government("45710", "county", jobs("1", "1"), rate("60.0", "59.0")),
						government("45720", "county", jobs("1", "1"), rate("60.0", "59.0")),
						government("45730", "county", jobs("1", "1"), rate("60.0", "59.0"))),
				List.of()));
		for (Entry entry : outcome.rankings().get(0).entries()) {
			assertThat(entry.points().get("rate")).isEqualTo(Points.of(d("20")));
			assertThat(entry.points().get("gain")).isEqualTo(Points.of(d("10")));
			assertThat(entry.rank()).isEqualTo(1);
		}
	}

	@Test
	void peerMinMaxIsLinearBetweenTheGroupsExtremes() {
		List<Points> points = ScoringEngine.peerMinMax(RATE, List.of(d("60.0"), d("65.0"), d("70.0"), d("61.0")));
		assertThat(points).containsExactly(Points.ZERO, Points.of(d("10")), Points.of(d("20")), Points.of(d("2")));
		// change: a fall is a value like any other; min and max are the group's changes
		List<Points> change = ScoringEngine.peerMinMax(GAIN, List.of(d("-1.5"), d("0.5"), d("2.5")));
		assertThat(change).containsExactly(Points.ZERO, Points.of(d("5")), Points.of(d("10")));
	}

	@Test
	void aOneMemberPeerGroupGetsFullQuantitativePointsAndRankOne() {
		ScoringOutcome outcome = ScoringEngine.evaluate(new ScoringInput(List.of(RATE, GAIN, WILL), List.of("metro"),
				List.of(government("45000", "metro", jobs("1", "1"), rate("58.3", "59.9"), "20")), List.of(new Tier("grand", 1, d("400000000")))));
		Entry only = outcome.rankings().get(0).entries().get(0);
		assertThat(only.rank()).isEqualTo(1);
		assertThat(only.total()).isEqualTo(Points.of(d("50")));
		assertThat(outcome.awards()).containsExactly(new Award("45000", "metro", "grand", d("400000000")));
	}

	@Test
	void noOrZeroTargetGivesZeroAchievementPoints() {
		assertThat(achievement(null, "500")).isEqualTo(Points.ZERO);
		assertThat(achievement("0", "500")).isEqualTo(Points.ZERO);
		assertThat(achievement("0", "0")).isEqualTo(Points.ZERO);
		// below the cap: 30 × (2600/2500) / 1.2 = 26; exactly at the cap and above it: 30
		assertThat(achievement("2500", "2600")).isEqualTo(Points.of(d("26")));
		assertThat(achievement("2500", "3000")).isEqualTo(Points.of(d("30")));
		assertThat(achievement("3000", "6396")).isEqualTo(Points.of(d("30")));
		assertThat(achievement("438", "0")).isEqualTo(Points.ZERO);
		// 고용안정 선제대응 패키지: 639/438 = 1.4589… is over the cap of 1.2 → 30
		assertThat(achievement("438", "639")).isEqualTo(Points.of(d("30")));
		// 30 × 100 / (300 × 1.2) = 8⅓
		assertThat(achievement("300", "100")).isEqualTo(fraction(25, 3));
	}

	@Test
	void equalTotalsShareARankAndTheNextRankSkips() {
		List<Entry> ranked = ScoringEngine.rank(List.of(entry("45130", "70"), entry("45210", "80"), entry("45140", "80"),
				entry("45180", "60"), entry("45190", "70"), entry("45110", "80")));
		assertThat(ranked).extracting(Entry::code).containsExactly("45110", "45140", "45210", "45130", "45190", "45180");
		assertThat(ranked).extracting(Entry::rank).containsExactly(1, 1, 1, 4, 4, 6);

		List<Entry> second = ScoringEngine.rank(List.of(entry("1", "90"), entry("2", "80"), entry("3", "80"), entry("4", "70")));
		assertThat(second).extracting(Entry::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void totalsThatAreEqualExactlyTieEvenWhenTheirPartsRepeatForever() {
		Criterion a = Criterion.qualitative("a", d("10"));
		Criterion b = Criterion.qualitative("b", d("10"));
		Criterion c = Criterion.qualitative("c", d("10"));
		// 45210: ⅓ + ⅓ + ⅓; 45130: 1 + 0 + 0 — at any finite number of decimals the first would fall short
		ScoringOutcome outcome = ScoringEngine.evaluate(new ScoringInput(List.of(a, b, c), List.of("city"),
				List.of(new GovernmentInputs("45210", "city", Map.of(),
						Map.of("a", scores("0", "0", "1"), "b", scores("0", "0", "1"), "c", scores("0", "0", "1"))),
						new GovernmentInputs("45130", "city", Map.of(),
								Map.of("a", scores("1"), "b", scores("0"), "c", scores("0")))),
				List.of(new Tier("excellence", 1, d("1")))));
		List<Entry> entries = outcome.rankings().get(0).entries();
		assertThat(entries).extracting(Entry::rank).containsExactly(1, 1);
		assertThat(entries.get(0).total()).isEqualTo(entries.get(1).total());
		assertThat(outcome.awards()).hasSize(2);
	}

	@Test
	void aTieAtATierBoundaryTakesAllTied() {
		ScoringOutcome.Ranking group = new ScoringOutcome.Ranking("city", ScoringEngine.rank(List.of(entry("45110", "90"),
				entry("45130", "80"), entry("45140", "80"), entry("45180", "70"), entry("45190", "60"))));
		List<Award> awards = ScoringEngine.award(List.of(group),
				List.of(new Tier("excellence", 2, d("70000000")), new Tier("special", 1, d("55000000"))));
		assertThat(awards).extracting(Award::code, Award::tier).containsExactly(
				tuple("45110", "excellence"), tuple("45130", "excellence"),
				tuple("45140", "excellence"), tuple("45180", "special"));
	}

	@Test
	void aTieBelowTheBoundaryStaysOut() {
		ScoringOutcome.Ranking group = new ScoringOutcome.Ranking("city",
				ScoringEngine.rank(List.of(entry("45110", "90"), entry("45130", "80"), entry("45140", "80"))));
		List<Award> awards = ScoringEngine.award(List.of(group), List.of(new Tier("excellence", 1, d("1"))));
		assertThat(awards).extracting(Award::code).containsExactly("45110");
	}

	@Test
	void aGovernmentGetsAtMostOneAwardAndTiersRunOutWithTheGroup() {
		ScoringOutcome.Ranking small = new ScoringOutcome.Ranking("county",
				ScoringEngine.rank(List.of(entry("45710", "90"), entry("45720", "90"))));
		ScoringOutcome.Ranking big = new ScoringOutcome.Ranking("city",
				ScoringEngine.rank(List.of(entry("45110", "90"), entry("45130", "80"), entry("45140", "70"))));
		List<Award> awards = ScoringEngine.award(List.of(big, small), List.of(new Tier("grand", 1, d("3")),
				new Tier("excellence", 1, d("2")), new Tier("special", 5, d("1")), new Tier("extra", 1, d("1"))));
		// county's tie takes both into the first tier, leaving none for the next; city goes one tier at a time
		assertThat(awards).extracting(Award::code, Award::tier).containsExactly(
				tuple("45110", "grand"), tuple("45710", "grand"),
				tuple("45720", "grand"), tuple("45130", "excellence"),
				tuple("45140", "special"));
		assertThat(awards).extracting(Award::code).doesNotHaveDuplicates();
	}

	@Test
	void aTierOfZeroPerGroupGivesNothingAndTheNextTierStartsAtTheTop() {
		ScoringOutcome.Ranking group = new ScoringOutcome.Ranking("city",
				ScoringEngine.rank(List.of(entry("45110", "90"), entry("45130", "80"))));
		List<Award> awards = ScoringEngine.award(List.of(group), List.of(new Tier("grand", 0, d("3")), new Tier("special", 1, d("1"))));
		assertThat(awards).extracting(Award::code, Award::tier)
			.containsExactly(tuple("45110", "special"));
	}

	@Test
	void pointsAreShownWithTwoDecimalsRoundedHalfUp() {
		assertThat(Points.of(d("0.125")).shown().toPlainString()).isEqualTo("0.13");
		assertThat(Points.of(d("0.005")).shown().toPlainString()).isEqualTo("0.01");
		assertThat(Points.of(d("0.004999999999")).shown().toPlainString()).isEqualTo("0.00");
		assertThat(Points.of(d("2.675")).shown().toPlainString()).isEqualTo("2.68");
		assertThat(Points.of(d("30")).shown().toPlainString()).isEqualTo("30.00");
		assertThat(fraction(2, 3).shown().toPlainString()).isEqualTo("0.67");
		assertThat(fraction(244, 3).shown().toPlainString()).isEqualTo("81.33");
		// from the formula: 1 × (60.125 − 60) ÷ (61 − 60) = 0.125 → "0.13"
		Criterion one = Criterion.quantitative("r", ScoringMethod.PEER_MINMAX, Indicator.EMPLOYMENT_RATE_15_64, d("1"), null);
		assertThat(ScoringEngine.peerMinMax(one, List.of(d("60"), d("60.125"), d("61"))).get(1).shown().toPlainString())
			.isEqualTo("0.13");
		// stored with twenty decimals, rounded half up
		assertThat(fraction(2, 3).rounded(Points.STORED_SCALE).toPlainString()).isEqualTo("0.66666666666666666667");
	}

	@Test
	void nationalSizedEvaluationRanksEveryoneOnce() {
		List<GovernmentInputs> governments = new ArrayList<>();
		for (int i = 0; i < 243; i++) {
			governments.add(government(String.format("%05d", 10000 + i), i % 2 == 0 ? "even" : "odd",
					jobs(Integer.toString(1000 + i), Integer.toString(900 + 3 * i)), rate("6" + (i % 10) + ".1", "60.0"),
					"10", "20", "30", Integer.toString(i % 40), "40"));
		}
		ScoringOutcome outcome = ScoringEngine.evaluate(new ScoringInput(List.of(ACHV, RATE, GAIN, WILL),
				List.of("even", "odd"), governments, List.of(new Tier("excellence", 3, d("1")))));
		assertThat(outcome.rankings().get(0).entries()).hasSize(122);
		assertThat(outcome.rankings().get(1).entries()).hasSize(121);
		assertThat(outcome.awards()).extracting(Award::code).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
	}

	private static Points mean(String... scores) {
		return ScoringEngine.qualitativeMean(WILL,
				new GovernmentInputs("45210", "city", Map.of(), Map.of("will", scores(scores))));
	}

	private static Points achievement(String target, String actual) {
		return ScoringEngine.achievementCapped(ACHV, new GovernmentInputs("45210", "city",
				Map.of(Indicator.JOBS_CREATED, new IndicatorValues(target == null ? null : d(target), d(actual), null)), Map.of()));
	}

	private static Entry entry(String code, String total) {
		return new Entry(code, 0, Points.of(d(total)), Map.of());
	}

	private static GovernmentInputs government(String code, String group, IndicatorValues jobs, IndicatorValues rate,
			String... will) {
		return new GovernmentInputs(code, group, Map.of(Indicator.JOBS_CREATED, jobs, Indicator.EMPLOYMENT_RATE_15_64, rate),
				will.length == 0 ? Map.of() : Map.of("will", scores(will)));
	}

	private static IndicatorValues jobs(String target, String actual) {
		return new IndicatorValues(d(target), d(actual), null);
	}

	private static IndicatorValues rate(String actual, String previous) {
		return new IndicatorValues(null, d(actual), d(previous));
	}

	private static List<BigDecimal> scores(String... scores) {
		return Arrays.stream(scores).map(BigDecimal::new).toList();
	}

	private static Map<String, String> shown(Map<String, Points> points) {
		Map<String, String> shown = new LinkedHashMap<>();
		points.forEach((id, p) -> shown.put(id, p.shown().toPlainString()));
		return shown;
	}

	private static Points fraction(long numerator, long denominator) {
		return Points.of(BigDecimal.valueOf(numerator)).dividedBy(Points.of(BigDecimal.valueOf(denominator)));
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}
}
