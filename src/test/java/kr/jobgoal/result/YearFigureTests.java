package kr.jobgoal.result;

import static kr.jobgoal.result.FactsFixture.fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class YearFigureTests {

	@Test
	void anAnnualFactIsTheYearsFigure() {
		YearFigure figure = YearFigure.of(2020, List.of(fact(1, 7, "2020", 639, 1_200_000_000L))).orElseThrow();
		assertThat(figure.jobsCreated()).isEqualByComparingTo("639");
		assertThat(figure.budgetExecuted()).isEqualByComparingTo("1200000000");
		assertThat(figure.complete()).isTrue();
	}

	@Test
	void monthsAddUpAndCoverOnlyTheirMonths() {
		YearFigure figure = YearFigure.of(2020,
				List.of(fact(1, 7, "2020-01", 10, null), fact(2, 7, "2020-02", 20, 500L), fact(3, 7, "2020-03", 30, null)))
			.orElseThrow();
		assertThat(figure.jobsCreated()).isEqualByComparingTo("60");
		assertThat(figure.budgetExecuted()).isEqualByComparingTo("500");
		assertThat(figure.monthsCovered()).isEqualTo(3);
		assertThat(figure.complete()).isFalse();
	}

	@Test
	void aCoarserFactReplacesTheFinerOnesItCovers() {
		// Q1 reported as a whole after its months: Q1 counts, its months do not count again
		List<ResultFact> facts = List.of(fact(1, 7, "2020-01", 10, null), fact(2, 7, "2020-02", 20, null),
				fact(3, 7, "2020-03", 30, null), fact(4, 7, "2020Q1", 65, null), fact(5, 7, "2020-04", 5, null),
				fact(6, 7, "2020H2", 100, null));
		YearFigure figure = YearFigure.of(2020, facts).orElseThrow();
		assertThat(figure.jobsCreated()).isEqualByComparingTo("170"); // 65 + 5 + 100
		assertThat(figure.monthsCovered()).isEqualTo(3 + 1 + 6);

		YearFigure withYear = YearFigure.of(2020, List.of(facts.get(0), fact(9, 7, "2020", 250, null))).orElseThrow();
		assertThat(withYear.jobsCreated()).isEqualByComparingTo("250");
	}

	@Test
	void halvesMakeACompleteYear() {
		YearFigure figure = YearFigure.of(2020, List.of(fact(1, 7, "2020H1", 300, 10L), fact(2, 7, "2020H2", 339, 20L)))
			.orElseThrow();
		assertThat(figure.jobsCreated()).isEqualByComparingTo("639");
		assertThat(figure.budgetExecuted()).isEqualByComparingTo("30");
		assertThat(figure.complete()).isTrue();
	}

	@Test
	void noFactsNoFigure() {
		assertThat(YearFigure.of(2020, List.of())).isEmpty();
		assertThat(YearFigure.of(2021, List.of(fact(1, 7, "2020", 1, null)))).isEmpty();
	}

	@Test
	void onlyCurrentFactsCount() {
		List<ResultFact> history = List.of(fact(1, 7, "2020", 600, null), fact(2, 7, "2020", 639, null, 1L));
		List<ResultFact> current = ResultFacts.current(history);
		assertThat(current).extracting(ResultFact::id).containsExactly(2L);
		assertThat(YearFigure.of(2020, current).orElseThrow().jobsCreated()).isEqualByComparingTo(BigDecimal.valueOf(639));
	}
}
