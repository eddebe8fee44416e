package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.jobgoal.plan.service.DemoBaselines;
import kr.jobgoal.plan.service.DemoPlans;
import kr.jobgoal.plan.service.PlanDemoData;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;
import org.junit.jupiter.api.Test;

class DemoPlansTests {

	private static final Government GIMJE = new Government(1, "45210", "김제시", "Gimje-si", "basic", "city", "45000",
			LocalDate.of(1989, 1, 1), LocalDate.of(2024, 1, 17));

	private static final Government JEONBUK = new Government(2, "45000", "전라북도", "Jeollabuk-do", "metro", "province",
			null, LocalDate.of(1988, 4, 23), LocalDate.of(2024, 1, 17));

	private static final Government IKSAN = new Government(3, "45140", "익산시", "Iksan-si", "basic", "city", "45000",
			LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 17));

	private static final Government SEOUL = new Government(4, "11000", "서울특별시", "Seoul", "metro", "special_city", null,
			LocalDate.of(1988, 4, 23), null);

	private static final Government JONGNO = new Government(5, "11110", "종로구", "Jongno-gu", "basic", "district",
			"11000", LocalDate.of(1988, 4, 23), null);

	private static final Government JEJU = new Government(6, "50000", "제주특별자치도", "Jeju", "metro",
			"special_self_governing_province", null, LocalDate.of(2006, 7, 1), null);

	private static final List<Government> ALL = List.of(GIMJE, JEONBUK, IKSAN, SEOUL, JONGNO, JEJU);

	/** Real 지역별고용조사 figures: 김제시 and 익산시 2019H2 and 2020H2, 종로구 2021H1 (the first half it was surveyed). */
	private static final Map<String, Map<Long, BigDecimal>> OFFICIAL = new HashMap<>();

	static {
		official(Indicator.EMPLOYMENT_RATE_15_64, "2019H2", GIMJE, "69.4");
		official(Indicator.EMPLOYED_PERSONS, "2019H2", GIMJE, "43.9");
		official(Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2019H2", GIMJE, "30.1");
		official(Indicator.EMPLOYMENT_RATE_15_64, "2020H2", GIMJE, "71.0");
		official(Indicator.EMPLOYED_PERSONS, "2020H2", GIMJE, "44.3");
		official(Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2020H2", GIMJE, "33.8");
		for (String half : List.of("2019H2", "2020H2")) {
			official(Indicator.EMPLOYMENT_RATE_15_64, half, IKSAN, "62.0");
			official(Indicator.EMPLOYED_PERSONS, half, IKSAN, "134.0");
			official(Indicator.YOUTH_EMPLOYMENT_RATE_15_29, half, IKSAN, "36.0");
		}
		official(Indicator.EMPLOYMENT_RATE_15_64, "2021H1", JONGNO, "66.3");
		official(Indicator.EMPLOYED_PERSONS, "2021H1", JONGNO, "72.5");
		official(Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2021H1", JONGNO, "41.0");
	}

	private static void official(Indicator indicator, String period, Government g, String value) {
		OFFICIAL.computeIfAbsent(indicator + "@" + period, k -> new HashMap<>()).put(g.id(), new BigDecimal(value));
	}

	private static final DemoBaselines BASELINES = DemoBaselines.derive(Map.of(2020, ALL, 2021, ALL),
			(indicator, period) -> OFFICIAL.getOrDefault(indicator + "@" + period, Map.of()));

	private static List<DemoPlans.DemoPlan> plans(Government g) {
		return DemoPlans.generate(g, PlanDemoData.YEARS, BASELINES);
	}

	private static PlanContent.Target target(PlanContent plan, Indicator indicator) {
		return plan.targets().stream().filter(t -> t.indicator() == indicator).findFirst().orElseThrow();
	}

	@Test
	void theSameGovernmentGetsTheSamePlansEveryTime() {
		assertThat(plans(SEOUL)).isEqualTo(plans(SEOUL));
	}

	@Test
	void gimje2020HasThePublishedFiguresAndTheProgramsOfTheRelease() {
		PlanContent plan = plans(GIMJE).get(0).content();
		assertThat(plan.jobTargetTotal()).isEqualTo(new BigDecimal("3000"));
		assertThat(plan.programs()).extracting(PlanContent.Program::name)
			.containsExactly("고용안정 선제대응 패키지", "청년인턴사원제", "청년 창업농 육성", "마을환경지킴이제", "신중년 경력활용 일자리",
					"취업박람회·구인구직 만남의 날");
		assertThat(plan.programs().get(0).jobTarget()).isEqualTo(new BigDecimal("438"));
		assertThat(plan.programs().get(0).type()).isEqualTo(ProgramType.EMPLOYMENT_SERVICES);
		// the other programs share 90–100 % of 3,000 − 438
		assertThat(plan.programJobTargetSum().subtract(new BigDecimal("438")).intValue()).isBetween(2562 * 90 / 100, 2562);
	}

	@Test
	void baselinesAreTheOfficialValuesOfThePreviousSecondHalfAndTargetsASmallStepAbove() {
		List<DemoPlans.DemoPlan> gimje = plans(GIMJE);
		PlanContent.Target employed2020 = target(gimje.get(0).content(), Indicator.EMPLOYED_PERSONS);
		assertThat(employed2020.baselineValue()).isEqualTo(new BigDecimal("43.9"));
		assertThat(employed2020.targetValue()).isBetween(new BigDecimal("44.1"), new BigDecimal("44.8"));
		assertThat(employed2020.targetValue().scale()).isEqualTo(1);
		PlanContent.Target rate2021 = target(gimje.get(1).content(), Indicator.EMPLOYMENT_RATE_15_64);
		assertThat(rate2021.baselineValue()).isEqualTo(new BigDecimal("71.0"));
		assertThat(rate2021.targetValue()).isBetween(new BigDecimal("71.1"), new BigDecimal("72.0"));
		assertThat(target(gimje.get(1).content(), Indicator.YOUTH_EMPLOYMENT_RATE_15_29).baselineValue())
			.isEqualTo(new BigDecimal("33.8"));
	}

	@Test
	void withoutAnOfficialValueTheBaselineIsDerived() {
		// a district before it was surveyed: its first surveyed value
		assertThat(target(plans(JONGNO).get(0).content(), Indicator.EMPLOYED_PERSONS).baselineValue())
			.isEqualTo(new BigDecimal("72.5"));
		// a province: the sum of its basic governments' 취업자 수 and the mean of their rates (69.4 + 62.0) / 2
		PlanContent jeonbuk = plans(JEONBUK).get(0).content();
		assertThat(target(jeonbuk, Indicator.EMPLOYED_PERSONS).baselineValue()).isEqualTo(new BigDecimal("177.9"));
		assertThat(target(jeonbuk, Indicator.EMPLOYMENT_RATE_15_64).baselineValue()).isEqualTo(new BigDecimal("65.7"));
		assertThat(target(plans(SEOUL).get(1).content(), Indicator.EMPLOYED_PERSONS).baselineValue())
			.isEqualTo(new BigDecimal("72.5"));
		// 제주, whose 행정시 are not surveyed as governments
		assertThat(target(plans(JEJU).get(0).content(), Indicator.EMPLOYED_PERSONS).baselineValue())
			.isEqualTo(new BigDecimal("375.0"));
	}

	@Test
	void programTargetsAddUpTo90To100PercentOfTheTotal() {
		for (Government g : ALL) {
			for (DemoPlans.DemoPlan plan : plans(g)) {
				BigDecimal total = plan.content().jobTargetTotal();
				BigDecimal sum = plan.content().programJobTargetSum();
				assertThat(sum).isLessThanOrEqualTo(total);
				assertThat(sum.multiply(BigDecimal.valueOf(100))).isGreaterThanOrEqualTo(total.multiply(BigDecimal.valueOf(90)));
				assertThat(plan.content().programs()).allSatisfy(p -> assertThat(p.jobTarget().signum()).isPositive());
			}
		}
	}

	@Test
	void allocationIsExactAndGivesEveryoneAtLeastOne() {
		assertThat(DemoPlans.allocate(10, List.of(1, 1, 1))).containsExactly(4, 3, 3);
		assertThat(DemoPlans.allocate(3, List.of(1, 100, 1))).containsExactly(1, 1, 1);
		assertThat(DemoPlans.allocate(2306, List.of(5, 3, 12, 2, 6)).stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(2306);
	}

	@Test
	void everyDemoPlanPassesTheChecksOfAPlanTypedByHand() {
		for (Government g : ALL) {
			for (DemoPlans.DemoPlan plan : plans(g)) {
				PlanValidator.Result result = PlanValidator.validate(PlanInput.of(plan.content()),
						new PlanValidator.Context(Set.of(), Set.of(), DemoPlans.GIMJE_SUB_CATEGORIES));
				assertThat(result.violations()).isEmpty();
				assertThat(PlanValidator.checkDisclosable(plan.content())).isEmpty();
				assertThat(result.content()).isEqualTo(plan.content());
			}
		}
	}

	@Test
	void theSecondHalfBeforeThePlanYearIsAsked() {
		List<Period> asked = new ArrayList<>();
		DemoBaselines.derive(Map.of(2021, List.of(GIMJE)), (indicator, period) -> {
			asked.add(period);
			return Map.of(GIMJE.id(), BigDecimal.ONE);
		});
		assertThat(asked).contains(Period.half(2020, 2)).doesNotContain(Period.half(2021, 2));
	}
}
