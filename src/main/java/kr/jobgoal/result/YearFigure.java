package kr.jobgoal.result;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kr.jobgoal.shared.Period;
import kr.jobgoal.shared.Period.Granularity;

/**
 * One program's figure for a year, made from its current facts. Results may be entered per month, quarter,
 * half or year: a fact stands for its whole period, and finer facts count only where no coarser fact
 * covers them. So a quarter reported after its three months replaces their sum instead of adding to it,
 * and months fill in a quarter nobody reported as a whole.
 *
 * @param budgetExecuted null when none of the facts used reports a budget
 * @param monthsCovered how many of the year's months the figure covers (12 when complete)
 */
public record YearFigure(BigDecimal jobsCreated, BigDecimal budgetExecuted, int monthsCovered) {

	public static final int MONTHS = 12;

	/** The figure of the year from one program's current facts, empty when none of them falls in the year. */
	public static Optional<YearFigure> of(int year, Collection<ResultFact> currentFacts) {
		Map<Period, ResultFact> byPeriod = currentFacts.stream()
			.collect(Collectors.toMap(f -> Period.parse(f.period()), Function.identity(), (a, b) -> b.id() > a.id() ? b : a));
		return figure(new Period(year, Granularity.YEAR, 0), byPeriod);
	}

	public boolean complete() {
		return monthsCovered >= MONTHS;
	}

	private static Optional<YearFigure> figure(Period period, Map<Period, ResultFact> facts) {
		ResultFact fact = facts.get(period);
		if (fact != null) {
			return Optional.of(new YearFigure(fact.jobsCreated(), fact.budgetExecuted(), months(period)));
		}
		return parts(period).stream().map(p -> figure(p, facts)).flatMap(Optional::stream).reduce(YearFigure::plus);
	}

	/** The next finer periods that make up a period: a year's halves, a half's quarters, a quarter's months. */
	public static List<Period> parts(Period period) {
		int year = period.year();
		int n = period.number();
		return switch (period.granularity()) {
			case YEAR -> List.of(Period.half(year, 1), Period.half(year, 2));
			case HALF -> List.of(new Period(year, Granularity.QUARTER, 2 * n - 1), new Period(year, Granularity.QUARTER, 2 * n));
			case QUARTER -> IntStream.rangeClosed(3 * n - 2, 3 * n).mapToObj(m -> new Period(year, Granularity.MONTH, m)).toList();
			case MONTH -> List.of();
		};
	}

	private static int months(Period period) {
		return (int) ChronoUnit.MONTHS.between(YearMonth.from(period.start()), YearMonth.from(period.end())) + 1;
	}

	private YearFigure plus(YearFigure other) {
		BigDecimal budget = budgetExecuted == null ? other.budgetExecuted
				: other.budgetExecuted == null ? budgetExecuted : budgetExecuted.add(other.budgetExecuted);
		return new YearFigure(jobsCreated.add(other.jobsCreated), budget, monthsCovered + other.monthsCovered);
	}
}
