package kr.jobgoal.result.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.plan.PlanDisclosed;
import kr.jobgoal.region.DirectoryReloaded;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.ResultFactsAppended;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.result.store.RollUpRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored roll-ups ({@link AnnualRollUp}) current in the transaction that changes their inputs: the
 * listeners run synchronously, inside the transaction that discloses a plan or appends facts, so a roll-up
 * commits (or rolls back) with the change it reflects and no reader ever sees one without the other.
 */
@Component
@Transactional
public class RollUpWriter {

	private final DisclosedPlans plans;

	private final FactRepository facts;

	private final RollUpRepository rollUps;

	private final GovernmentDirectory directory;

	public RollUpWriter(DisclosedPlans plans, FactRepository facts, RollUpRepository rollUps, GovernmentDirectory directory) {
		this.plans = plans;
		this.facts = facts;
		this.rollUps = rollUps;
		this.directory = directory;
	}

	@EventListener
	public void planDisclosed(PlanDisclosed event) {
		int year = event.period().value();
		if (event.period().annual() && year >= ResultLookup.FIRST_YEAR && year <= ResultLookup.LAST_YEAR) {
			recompute(event.governmentId(), year);
		}
	}

	@EventListener
	public void factsAppended(ResultFactsAppended event) {
		// evidence alone (no fact) changes no figure
		if (event.facts() > 0) {
			recompute(event.governmentId(), event.year());
		}
	}

	/** A government's code, province or type of some year may have changed: every stored year is redone. */
	@EventListener
	public void directoryReloaded(DirectoryReloaded event) {
		rollUps.years().forEach(this::rebuild);
	}

	/**
	 * Recomputes one government's year from its latest disclosed plan and its facts. It takes the lock that
	 * fact writers of the year hold, so a disclosure and a fact append at the same time cannot each write a
	 * roll-up that misses the other's change.
	 */
	public void recompute(long governmentId, int year) {
		facts.lock(governmentId, year);
		Optional<DisclosedPlan> plan = plans.latestAnnual(governmentId, year);
		Optional<Government> government = directory.findById(governmentId, ResultBook.referenceDate(year));
		if (plan.isEmpty() || government.isEmpty()) {
			rollUps.delete(governmentId, year);
			return;
		}
		AnnualResults results = ResultBook.compute(government.get(), plan.get(), facts.findAll(governmentId, year));
		rollUps.save(List.of(AnnualRollUp.of(results)));
	}

	/**
	 * Recomputes every government's year in a few statements (the year's disclosed plans, its facts, the
	 * directory, then batched writes), for data written in bulk (demo data) or from before the roll-ups.
	 */
	public void rebuild(int year) {
		Map<Long, DisclosedPlan> latest = plans.allAnnualVersions(year)
			.stream()
			.collect(Collectors.toMap(DisclosedPlan::governmentId, Function.identity(),
					(a, b) -> a.version() >= b.version() ? a : b));
		List<AnnualRollUp> rows = new ArrayList<>();
		if (!latest.isEmpty()) {
			Map<Long, List<ResultFact>> byGovernment = facts.findAll(year, null)
				.stream()
				.collect(Collectors.groupingBy(ResultFact::governmentId));
			DirectorySnapshot snapshot = directory.snapshot();
			latest.forEach((governmentId, plan) -> snapshot.findById(governmentId, ResultBook.referenceDate(year))
				.ifPresent(g -> rows.add(AnnualRollUp.of(
						ResultBook.compute(g, plan, byGovernment.getOrDefault(governmentId, List.of()))))));
		}
		rollUps.deleteOthers(year, rows.stream().map(r -> r.government().id()).toList());
		rollUps.save(rows);
	}
}
