package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.service.ResultDemoData;
import kr.jobgoal.result.store.FactRepository;
import org.junit.jupiter.api.Test;

class ResultDemoDataTests {

	private static final Government IKSAN = new Government(3, "45140", "익산시", "Iksan-si", "basic", "city", "45000",
			LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 17));

	private static final Government GIMJE = new Government(1, "45210", "김제시", "Gimje-si", "basic", "city", "45000",
			LocalDate.of(1989, 1, 1), LocalDate.of(2024, 1, 17));

	private static PlanContent.Program program(long id, String name, int jobTarget) {
		return new PlanContent.Program(id, name, ProgramType.DIRECT_JOBS, null, "일자리정책과", BigDecimal.valueOf(jobTarget),
				PlanContent.Budget.ZERO);
	}

	private static PlanContent plan(int total, PlanContent.Program... programs) {
		return new PlanContent(List.of(), BigDecimal.valueOf(total),
				List.of(new PlanContent.Strategy(1L, "전략", List.of(programs))));
	}

	private static Map<Long, BigDecimal> jobsByProgram(List<FactRepository.DemoFact> facts) {
		return facts.stream()
			.collect(Collectors.groupingBy(f -> f.fact().programId(),
					Collectors.reducing(BigDecimal.ZERO, f -> f.fact().jobsCreated(), BigDecimal::add)));
	}

	@Test
	void eachProgramCreates60To160PercentOfItsOwnTarget() {
		PlanContent plan = plan(1000, program(1, "공공근로", 400), program(2, "청년 일자리 지원금", 300),
				program(3, "취업박람회 개최", 250));
		for (int year : List.of(2020, 2021)) {
			Map<Long, BigDecimal> jobs = jobsByProgram(ResultDemoData.generate(IKSAN, year, plan));
			for (PlanContent.Program p : plan.programs()) {
				BigDecimal rate = jobs.get(p.id()).multiply(BigDecimal.valueOf(100)).divide(p.jobTarget(), 2,
						RoundingMode.DOWN);
				assertThat(rate).isBetween(new BigDecimal("59.00"), new BigDecimal("160.00"));
			}
		}
	}

	@Test
	void gimje2020KeepsThePublishedResults() {
		PlanContent plan = plan(3000, program(1, "고용안정 선제대응 패키지", 438), program(2, "마을환경지킴이제", 1500),
				program(3, "청년인턴사원제", 900));
		Map<Long, BigDecimal> jobs = jobsByProgram(ResultDemoData.generate(GIMJE, 2020, plan));
		assertThat(jobs.get(1L)).isEqualByComparingTo("639");
		assertThat(jobs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("6396");
	}
}
