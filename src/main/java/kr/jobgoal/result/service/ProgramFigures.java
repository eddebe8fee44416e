package kr.jobgoal.result.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.ResultFacts;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.result.YearFigure;
import kr.jobgoal.plan.ProgramSearch;
import org.springframework.stereotype.Component;

/**
 * The jobs created by each program of a page of search hits, by the same rules as its plan's results page
 * (current facts only, {@link YearFigure}'s overlap rule), from one read of the facts of the page's plans.
 */
@Component
public class ProgramFigures {

	private final FactRepository facts;

	ProgramFigures(FactRepository facts) {
		this.facts = facts;
	}

	/** Jobs created per hit (null while nothing is reported), in the hits' order. */
	public List<BigDecimal> jobsCreated(List<ProgramSearch.Hit> hits) {
		List<ResultFact> all = facts.findAll(hits.stream().map(ProgramSearch.Hit::governmentId).distinct().toList(),
				hits.stream().map(ProgramSearch.Hit::year).distinct().toList());
		Map<String, Map<Long, List<ResultFact>>> byPlanAndProgram = new HashMap<>();
		all.stream()
			.collect(Collectors.groupingBy(f -> f.governmentId() + "/" + f.year()))
			.forEach((plan, planFacts) -> byPlanAndProgram.put(plan,
					ResultFacts.current(planFacts).stream().collect(Collectors.groupingBy(ResultFact::programId))));
		return hits.stream().map(hit -> {
			List<ResultFact> programFacts = byPlanAndProgram.getOrDefault(hit.governmentId() + "/" + hit.year(), Map.of())
				.getOrDefault(hit.programId(), List.of());
			Optional<YearFigure> figure = YearFigure.of(hit.year(), programFacts);
			return figure.map(YearFigure::jobsCreated).orElse(null);
		}).toList();
	}
}
