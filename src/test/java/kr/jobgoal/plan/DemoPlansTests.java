package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kr.jobgoal.region.Government;
import org.junit.jupiter.api.Test;

class DemoPlansTests {

	private static final Government GIMJE = new Government(1, "45210", "김제시", "Gimje-si", "basic", "city", "45000",
			LocalDate.of(1989, 1, 1), LocalDate.of(2024, 1, 17));

	private static final Government SEOUL = new Government(2, "11000", "서울특별시", "Seoul", "metro", "special_city", null,
			LocalDate.of(1988, 4, 23), null);

	@Test
	void theSameGovernmentGetsTheSamePlansEveryTime() {
		assertThat(DemoPlans.generate(SEOUL, PlanDemoData.YEARS)).isEqualTo(DemoPlans.generate(SEOUL, PlanDemoData.YEARS));
	}

	@Test
	void gimje2020HasThePublishedFiguresAndTheProgramsOfTheRelease() {
		PlanContent plan = DemoPlans.generate(GIMJE, PlanDemoData.YEARS).get(0).content();
		assertThat(plan.jobTargetTotal()).isEqualTo(new BigDecimal("3000"));
		assertThat(plan.programs()).extracting(PlanContent.Program::name)
			.containsExactly("고용안정 선제대응 패키지", "청년인턴사원제", "청년 창업농 육성", "마을환경지킴이제", "신중년 경력활용 일자리",
					"취업박람회·구인구직 만남의 날");
		assertThat(plan.programs().get(0).jobTarget()).isEqualTo(new BigDecimal("438"));
		assertThat(plan.programs().get(0).type()).isEqualTo(ProgramType.EMPLOYMENT_SERVICES);
	}

	@Test
	void everyDemoPlanPassesTheChecksOfAPlanTypedByHand() {
		for (Government g : List.of(GIMJE, SEOUL)) {
			for (DemoPlans.DemoPlan plan : DemoPlans.generate(g, PlanDemoData.YEARS)) {
				PlanValidator.Result result = PlanValidator.validate(PlanInput.of(plan.content()),
						new PlanValidator.Context(Set.of(), Set.of(), DemoPlans.GIMJE_SUB_CATEGORIES));
				assertThat(result.violations()).isEmpty();
				assertThat(PlanValidator.checkDisclosable(plan.content())).isEmpty();
				assertThat(result.content()).isEqualTo(plan.content());
			}
		}
	}
}
