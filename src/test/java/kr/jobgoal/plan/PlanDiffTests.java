package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanDiff.Change;
import kr.jobgoal.plan.PlanDiff.Kind;
import kr.jobgoal.plan.PlanDiff.Subject;
import org.junit.jupiter.api.Test;

class PlanDiffTests {

	/** The sample with ids, as stored. */
	private static PlanContent stored() {
		PlanContent s = PlanTestData.sample();
		Program pack = withId(s.strategies().get(0).programs().get(0), 10L);
		Program intern = withId(s.strategies().get(1).programs().get(0), 11L);
		return new PlanContent(s.targets(), s.jobTargetTotal(),
				List.of(new Strategy(1L, "고용위기 선제 대응", List.of(pack)), new Strategy(2L, "청년 일자리", List.of(intern))));
	}

	private static Program withId(Program p, Long id) {
		return new Program(id, p.name(), p.type(), p.subCategory(), p.department(), p.jobTarget(), p.budget());
	}

	@Test
	void noChangesBetweenEqualPlans() {
		assertThat(PlanDiff.between(stored(), stored())).isEmpty();
	}

	@Test
	void reportsTargetsProgramsAndBudgetsAddedRemovedAndChanged() {
		PlanContent from = stored();
		Program pack = from.strategies().get(0).programs().get(0);
		Program morePack = new Program(pack.id(), pack.name(), pack.type(), pack.subCategory(), pack.department(),
				new BigDecimal("500"), new PlanContent.Budget(new BigDecimal("1300000000"), pack.budget().provincial(),
						pack.budget().local(), pack.budget().other()));
		Program fair = PlanTestData.program("취업박람회", ProgramType.EMPLOYMENT_SERVICES, "100", "10000000");
		PlanContent to = new PlanContent(List.of(from.targets().get(0)), new BigDecimal("3200"),
				List.of(new Strategy(1L, "고용위기 선제 대응", List.of(morePack, fair))));

		List<Change> changes = PlanDiff.between(from, to);
		assertThat(changes).extracting(Change::kind, Change::subject, Change::name, Change::field, Change::before,
				Change::after)
			.containsExactly(
					tuple(Kind.CHANGED, Subject.TOTAL, null, "jobTargetTotal", "3000", "3200"),
					tuple(Kind.REMOVED, Subject.TARGET, "EMPLOYED_PERSONS", null, "46.0", null),
					tuple(Kind.REMOVED, Subject.STRATEGY, "청년 일자리", null, null, null),
					tuple(Kind.CHANGED, Subject.PROGRAM, "고용안정 선제대응 패키지", "jobTarget", "438", "500"),
					tuple(Kind.CHANGED, Subject.PROGRAM, "고용안정 선제대응 패키지", "budget.national",
							"1200000000", "1300000000"),
					tuple(Kind.CHANGED, Subject.PROGRAM, "고용안정 선제대응 패키지", "budget.total",
							"1350000000", "1450000000"),
					tuple(Kind.ADDED, Subject.PROGRAM, "취업박람회", null, null, null),
					tuple(Kind.REMOVED, Subject.PROGRAM, "청년인턴사원제", null, null, null));
	}

	@Test
	void aProgramMovedToAnotherStrategyIsAChangeNotARemoval() {
		PlanContent from = stored();
		Program intern = from.strategies().get(1).programs().get(0);
		PlanContent to = new PlanContent(from.targets(), from.jobTargetTotal(),
				List.of(new Strategy(1L, "고용위기 선제 대응", List.of(from.strategies().get(0).programs().get(0), intern)),
						new Strategy(2L, "청년 일자리", List.of())));
		assertThat(PlanDiff.between(from, to)).extracting(Change::field, Change::before, Change::after)
			.containsExactly(tuple("strategy", "청년 일자리", "고용위기 선제 대응"));
	}
}
