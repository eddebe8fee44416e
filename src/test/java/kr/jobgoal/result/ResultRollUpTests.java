package kr.jobgoal.result;

import static kr.jobgoal.result.FactsFixture.fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.service.Dashboards;
import kr.jobgoal.result.service.ResultBook;
import org.junit.jupiter.api.Test;

/** Program → strategy → plan → province → nation, with 김제시's published 2020 figures. */
class ResultRollUpTests {

	/** 2020's results were due on the last day of February 2021 (calendar_deadline). */
	private static final LocalDate DUE_2020 = LocalDate.of(2021, 2, 28);

	private static final Government GIMJE = new Government(1, "45210", "김제시", "Gimje-si", "basic", "city", "45000",
			LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 17));

	private static final Government IKSAN = new Government(2, "45140", "익산시", "Iksan-si", "basic", "city", "45000",
			LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 17));

	private static PlanContent.Program program(long id, String name, long target) {
		return new PlanContent.Program(id, name, ProgramType.EMPLOYMENT_SERVICES, null, "일자리경제과",
				BigDecimal.valueOf(target), PlanContent.Budget.ZERO);
	}

	private static DisclosedPlan plan(long governmentId, long total, List<PlanContent.Strategy> strategies) {
		return new DisclosedPlan(governmentId, PlanPeriod.annual(2020), 1, Instant.parse("2020-03-20T00:00:00Z"), null,
				true, new PlanContent(List.of(), BigDecimal.valueOf(total), strategies));
	}

	private static final DisclosedPlan GIMJE_PLAN = plan(1, 3000, List.of(
			new PlanContent.Strategy(10L, "고용위기 선제 대응", List.of(program(100, "고용안정 선제대응 패키지", 438))),
			new PlanContent.Strategy(11L, "신중년·노인 맞춤형 일자리",
					List.of(program(101, "마을환경지킴이제", 300), program(102, "신중년 경력활용 일자리", 0)))));

	@Test
	void gimjesProgramsAddUpToItsPublishedTotal() {
		List<ResultFact> facts = List.of(fact(1, 100, "2020", 639, 500L), fact(2, 101, "2020H1", 3000, null),
				fact(3, 101, "2020H2", 2700, null), fact(4, 102, "2020", 57, null));
		AnnualResults r = ResultBook.compute(GIMJE, GIMJE_PLAN, facts);

		assertThat(r.jobsCreatedTotal()).isEqualByComparingTo("6396");
		assertThat(r.achievement().rate()).isEqualTo("213.20");
		assertThat(r.achievement().display(Achievement.Display.DEFAULT)).isEqualTo("213%");
		AnnualResults.ProgramResult pack = r.programs().get(0);
		assertThat(pack.achievement().rate()).isEqualTo("145.89");
		assertThat(pack.budgetExecuted()).isEqualByComparingTo("500");

		AnnualResults.StrategyResult older = r.strategies().get(1);
		assertThat(older.jobTarget()).isEqualByComparingTo("300");
		assertThat(older.jobsCreated()).isEqualByComparingTo("5757");
		assertThat(older.achievement().rate()).isEqualTo("1919.00");
		// a program with a zero target has results but no rate
		assertThat(r.programs().get(2).achievement().rate()).isNull();
		assertThat(r.complete()).isTrue();
		assertThat(r.overdue(DUE_2020, LocalDate.of(2021, 3, 1))).isFalse();
	}

	@Test
	void aCorrectionReplacesTheFactItSupersedes() {
		List<ResultFact> facts = List.of(fact(1, 100, "2020", 600, null), fact(2, 100, "2020", 639, null, 1L));
		AnnualResults r = ResultBook.compute(GIMJE, GIMJE_PLAN, facts);
		assertThat(r.programs().get(0).jobsCreated()).isEqualByComparingTo("639");
		assertThat(r.jobsCreatedTotal()).isEqualByComparingTo("639");
	}

	@Test
	void nothingReportedIsNoRateAndOverdueAfterFebruary() {
		AnnualResults r = ResultBook.compute(GIMJE, GIMJE_PLAN, List.of());
		assertThat(r.reported()).isFalse();
		assertThat(r.achievement().rate()).isNull();
		assertThat(r.overdue(DUE_2020, LocalDate.of(2021, 2, 28))).isFalse();
		assertThat(r.overdue(DUE_2020, LocalDate.of(2021, 3, 1))).isTrue();

		AnnualResults half = ResultBook.compute(GIMJE, GIMJE_PLAN, List.of(fact(1, 100, "2020", 639, null),
				fact(2, 101, "2020H1", 10, null), fact(3, 102, "2020", 1, null)));
		assertThat(half.complete()).isFalse();
		assertThat(half.programs().get(1).monthsCovered()).isEqualTo(6);
		assertThat(half.overdue(DUE_2020, LocalDate.of(2021, 3, 1))).isTrue();
	}

	@Test
	void theStoredRollUpKeepsTheTotalsAndRanksLikeTheFullResults() {
		AnnualResults gimje = ResultBook.compute(GIMJE, GIMJE_PLAN,
				List.of(fact(1, 100, "2020", 639, null), fact(2, 101, "2020", 5757, null)));
		AnnualResults iksan = ResultBook.compute(IKSAN, plan(2, 2000, List.of(new PlanContent.Strategy(20L, "전략",
				List.of(program(200, "일자리지원센터 운영", 500))))), List.of());
		AnnualRollUp gimjeRow = AnnualRollUp.of(gimje);
		AnnualRollUp iksanRow = AnnualRollUp.of(iksan);
		assertThat(gimjeRow.jobsCreatedTotal()).isEqualByComparingTo("6396");
		assertThat(gimjeRow.achievement().rate()).isEqualTo("213.20");
		assertThat(gimjeRow.programs()).isEqualTo(3);
		assertThat(gimjeRow.programsIncomplete()).isEqualTo(1);
		assertThat(gimjeRow.complete()).isEqualTo(gimje.complete()).isFalse();
		assertThat(iksanRow.reported()).isFalse();
		assertThat(iksanRow.achievement().rate()).isNull();

		assertThat(Dashboards.ranked(List.of(iksanRow, gimjeRow))).containsExactly(gimjeRow);
		assertThat(gimjeRow.provinceCode()).isEqualTo("45000");
		assertThat(gimjeRow.peerGroup()).isEqualTo("city");
	}
}
