package kr.jobgoal.result.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.IndicatorResult;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.ResultFacts;
import kr.jobgoal.result.Results;
import kr.jobgoal.result.YearFigure;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.result.store.RollUpRepository;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.OfficialStatistics;
import kr.jobgoal.statistics.OfficialValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a year's results together: the latest disclosed plan, the current facts and the official statistics. */
@Service
@Transactional(readOnly = true)
public class ResultBook implements Results {

	/** The source named for the jobs-created indicator, whose actual value is the results themselves. */
	public static final String RESULTS_SOURCE = "지자체 추진실적 (Jobgoal)";

	/** Deadlines and {@code today} are Korean dates. */
	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private final DisclosedPlans plans;

	private final FactRepository facts;

	private final GovernmentDirectory directory;

	private final OfficialStatistics statistics;

	private final RollUpRepository rollUps;

	public ResultBook(DisclosedPlans plans, FactRepository facts, GovernmentDirectory directory, OfficialStatistics statistics,
			RollUpRepository rollUps) {
		this.rollUps = rollUps;
		this.plans = plans;
		this.facts = facts;
		this.directory = directory;
		this.statistics = statistics;
	}

	@Override
	public Map<Long, AnnualRollUp> rollUps(int year) {
		return rollUps(year, directory.snapshot());
	}

	/** The same with the governments looked up in {@code snapshot}, as they were in the year; ordered by code. */
	public Map<Long, AnnualRollUp> rollUps(int year, DirectorySnapshot snapshot) {
		LocalDate date = referenceDate(year);
		List<AnnualRollUp> rows = new ArrayList<>();
		rollUps.findAll(year).forEach((id, stored) -> snapshot.findById(id, date).ifPresent(g -> rows.add(stored.of(g, year))));
		rows.sort(Comparator.comparing(r -> r.government().code()));
		Map<Long, AnnualRollUp> byId = new LinkedHashMap<>();
		rows.forEach(r -> byId.put(r.government().id(), r));
		return byId;
	}

	/** The date that decides which code a government's results for the year go under: its plan's. */
	public static LocalDate referenceDate(int year) {
		return PlanPeriod.annual(year).referenceDate();
	}

	@Override
	public Optional<AnnualResults> annual(long governmentId, int year) {
		return directory.findById(governmentId, referenceDate(year)).flatMap(government -> annual(government, year));
	}

	@Override
	public Optional<AnnualResults> annual(Government government, int year) {
		return plans.latestAnnual(government.id(), year)
			.map(plan -> compute(government, plan, facts.findAll(government.id(), year)));
	}

	@Override
	public List<ResultFact> facts(long governmentId, int year) {
		return facts.findAll(governmentId, year);
	}

	/**
	 * Each program's figure is made of its current facts (see {@link YearFigure}); the total is the sum
	 * of the programs' figures against the plan's total job target.
	 */
	public static AnnualResults compute(Government government, DisclosedPlan plan, List<ResultFact> allFacts) {
		int year = plan.period().value();
		List<ResultFact> current = ResultFacts.current(allFacts);
		Map<Long, List<ResultFact>> byProgram = current.stream().collect(Collectors.groupingBy(ResultFact::programId));
		List<AnnualResults.StrategyResult> strategies = plan.content()
			.strategies()
			.stream()
			.map(s -> new AnnualResults.StrategyResult(s.id(), s.title(),
					s.programs().stream().map(p -> program(year, p, byProgram.getOrDefault(p.id(), List.of()))).toList()))
			.toList();
		BigDecimal total = strategies.stream()
			.map(AnnualResults.StrategyResult::jobsCreated)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
		boolean demo = plan.demo() || current.stream().anyMatch(ResultFact::demo);
		OffsetDateTime last = allFacts.stream().map(ResultFact::recordedAt).max(Comparator.naturalOrder()).orElse(null);
		return new AnnualResults(government, year, plan.version(), plan.content().jobTargetTotal(), total, strategies,
				demo, last, plan.content().targets());
	}

	private static AnnualResults.ProgramResult program(int year, PlanContent.Program p, List<ResultFact> facts) {
		Optional<YearFigure> figure = YearFigure.of(year, facts);
		return new AnnualResults.ProgramResult(p.id(), p.name(), p.type().name(), p.jobTarget(),
				figure.map(YearFigure::jobsCreated).orElse(null), figure.map(YearFigure::budgetExecuted).orElse(null),
				p.budget() == null ? null : p.budget().total(), figure.map(YearFigure::monthsCovered).orElse(0));
	}

	@Override
	public List<IndicatorResult> indicators(AnnualResults results) {
		return indicators(results, results.targets().isEmpty() ? List.of() : statistics.series(results.government().id()));
	}

	/** The same from the government's published values (all indicators), which a page may need for charts too. */
	public static List<IndicatorResult> indicators(AnnualResults results, List<OfficialValue> published) {
		return results.targets().stream().map(t -> indicator(results, t, published)).toList();
	}

	private static IndicatorResult indicator(AnnualResults results, PlanContent.Target target,
			List<OfficialValue> published) {
		Indicator indicator = target.indicator();
		String code = indicator.name();
		String unit = indicator.unit();
		int year = results.year();
		if (indicator == Indicator.JOBS_CREATED) {
			return new IndicatorResult(code, unit, target.baselineValue(), target.targetValue(),
					results.jobsCreatedTotal(), Integer.toString(year),
					results.jobsCreatedTotal() == null ? null : RESULTS_SOURCE);
		}
		Optional<OfficialValue> actual = actualValue(published, indicator, year);
		return new IndicatorResult(code, unit, target.baselineValue(), target.targetValue(),
				actual.map(OfficialValue::value).orElse(null), actual.map(v -> v.period().toString()).orElse(null),
				actual.map(OfficialValue::source).orElse(null));
	}

	/** The year's value: the 하반기 survey (October) when published, else the 상반기 one, else an annual figure. */
	private static Optional<OfficialValue> actualValue(List<OfficialValue> published, Indicator indicator, int year) {
		for (Period period : List.of(Period.half(year, 2), Period.half(year, 1), Period.parse(Integer.toString(year)))) {
			Optional<OfficialValue> value = published.stream()
				.filter(v -> v.indicator() == indicator && v.period().equals(period))
				.findFirst();
			if (value.isPresent()) {
				return value;
			}
		}
		return Optional.empty();
	}
}
