package kr.jobgoal.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.calendar.YearDeadlines;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.plan.AnnualPlanProgress;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualResultProgress;
import org.springframework.stereotype.Service;

/**
 * Gathers a user's work from the plan, result and calendar modules: a fixed number of queries per page, none
 * per row (the directory is in memory).
 */
@Service
class MyWork {

	private final GovernmentDirectory directory;

	private final AnnualPlanProgress plans;

	private final AnnualResultProgress results;

	private final Deadlines deadlines;

	private final Clock clock;

	MyWork(GovernmentDirectory directory, AnnualPlanProgress plans, AnnualResultProgress results, Deadlines deadlines,
			Clock clock) {
		this.directory = directory;
		this.plans = plans;
		this.results = results;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The zone times are shown in (Korean time). */
	ZoneId zone() {
		return clock.getZone();
	}

	/**
	 * This year's and next year's plans (whether begun or not) and every year the government has a plan for;
	 * the results of every year with a disclosed plan.
	 */
	Optional<OfficerWork> officer(CurrentUser user) {
		DirectorySnapshot snapshot = directory.snapshot();
		LocalDate today = today();
		Optional<Government> government = snapshot.findById(user.governmentId(), today);
		if (government.isEmpty()) {
			return Optional.empty();
		}
		long id = user.governmentId();
		Map<Integer, AnnualPlanProgress.Standing> standings = plans.of(List.of(id))
			.stream()
			.collect(Collectors.toMap(AnnualPlanProgress.Standing::year, Function.identity()));
		List<AnnualResultProgress.YearProgress> progress = results.of(id);
		TreeSet<Integer> planYears = new TreeSet<>(Comparator.reverseOrder());
		planYears.addAll(standings.keySet());
		planYears.add(today.getYear());
		planYears.add(today.getYear() + 1);
		Map<Integer, YearDeadlines> due = deadlines.of(Stream.concat(planYears.stream(),
				progress.stream().map(AnnualResultProgress.YearProgress::year)).distinct().toList())
			.stream()
			.collect(Collectors.toMap(YearDeadlines::year, Function.identity()));
		List<OfficerWork.PlanItem> planItems = planYears.stream().map(year -> {
			AnnualPlanProgress.Standing standing = standings.get(year);
			OfficerWork.PlanState state = standing == null ? OfficerWork.PlanState.NO_DRAFT
					: standing.disclosed() ? (standing.hasDraft() ? OfficerWork.PlanState.AMENDMENT_DRAFT
							: OfficerWork.PlanState.DISCLOSED)
					: standing.hasDraft() ? OfficerWork.PlanState.DRAFT_NOT_DISCLOSED : OfficerWork.PlanState.NO_DRAFT;
			LocalDate planDue = due.get(year).planDue();
			boolean disclosed = standing != null && standing.disclosed();
			return new OfficerWork.PlanItem(year, asIn(snapshot, id, PlanPeriod.annual(year).referenceDate()),
					planDue, standing, state, !disclosed && today.isAfter(planDue));
		}).toList();
		List<OfficerWork.ResultItem> resultItems = progress.stream().map(p -> {
			LocalDate resultsDue = due.get(p.year()).resultsDue();
			return new OfficerWork.ResultItem(p.year(), asIn(snapshot, id, PlanPeriod.annual(p.year()).referenceDate()),
					resultsDue, p, !p.complete() && today.isAfter(resultsDue));
		}).toList();
		return Optional.of(new OfficerWork(government.get(), planItems, resultItems));
	}

	/** The drafts of the province and of every government under it today, whatever their year. */
	Optional<ReviewerWork> reviewer(CurrentUser user) {
		DirectorySnapshot snapshot = directory.snapshot();
		LocalDate today = today();
		Optional<Government> province = snapshot.findById(user.governmentId(), today);
		if (province.isEmpty()) {
			return Optional.empty();
		}
		// a government keeps its id when its code changes (전북 45 → 52), so today's list finds older drafts too
		List<Long> ids = Stream.concat(Stream.of(province.get()),
				snapshot.list(today, Government.BASIC, province.get().code()).stream())
			.map(Government::id)
			.toList();
		List<ReviewerWork.DraftItem> drafts = plans.of(ids)
			.stream()
			.filter(AnnualPlanProgress.Standing::hasDraft)
			.sorted(Comparator.comparing((AnnualPlanProgress.Standing s) -> !s.awaitingComment())
				.thenComparing(AnnualPlanProgress.Standing::draftSavedAt, Comparator.reverseOrder()))
			.map(s -> new ReviewerWork.DraftItem(
					asIn(snapshot, s.governmentId(), PlanPeriod.annual(s.year()).referenceDate()), s))
			.toList();
		return Optional.of(new ReviewerWork(province.get(), drafts));
	}

	private static Government asIn(DirectorySnapshot snapshot, long governmentId, LocalDate date) {
		return snapshot.findById(governmentId, date).orElseThrow();
	}
}
