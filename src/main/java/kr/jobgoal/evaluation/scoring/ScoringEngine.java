package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.evaluation.scoring.ScoringOutcome.Award;
import kr.jobgoal.evaluation.scoring.ScoringOutcome.Entry;
import kr.jobgoal.evaluation.scoring.ScoringOutcome.Ranking;

/**
 * The one scoring engine of the awards (CONTRACT.md, "Evaluation simulation"), pure: no database, no clock, so
 * the stored evaluation and the simulation give the same answer for the same inputs.
 * <ol>
 * <li>each criterion's points per government, exactly ({@link Points}), min and max over the peer group;</li>
 * <li>total = the sum of the points; within each peer group, highest total first, equal totals share a rank
 * and the next rank skips (1, 2, 2, 4); equal totals are listed by code;</li>
 * <li>tiers in the order given: each takes the next {@code perPeerGroup} governments of each group by rank,
 * and everyone tied with the last one taken; a government gets at most one award.</li>
 * </ol>
 * The input must be complete and consistent (the callers validate it and tell users what is wrong); an
 * inconsistency here is a programming error and throws {@link IllegalArgumentException}.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	public static ScoringOutcome evaluate(ScoringInput input) {
		Map<String, List<GovernmentInputs>> groups = new LinkedHashMap<>();
		input.peerGroups().forEach(group -> groups.put(group, new ArrayList<>()));
		for (GovernmentInputs government : input.governments()) {
			List<GovernmentInputs> members = groups.get(government.peerGroup());
			if (members == null) {
				throw new IllegalArgumentException(government.code() + " is in no listed peer group");
			}
			members.add(government);
		}
		List<Ranking> rankings = new ArrayList<>();
		groups.forEach((group, members) -> rankings.add(new Ranking(group, rank(score(input.criteria(), members)))));
		return new ScoringOutcome(List.copyOf(rankings), award(rankings, input.tiers()));
	}

	/** Each member's points per criterion (in the rubric's order) and total, unranked. */
	private static List<Entry> score(List<Criterion> criteria, List<GovernmentInputs> members) {
		List<Map<String, Points>> points = new ArrayList<>();
		members.forEach(member -> points.add(new LinkedHashMap<>()));
		for (Criterion criterion : criteria) {
			List<Points> column = switch (criterion.method()) {
				case ACHIEVEMENT_CAPPED -> members.stream().map(m -> achievementCapped(criterion, m)).toList();
				case PEER_MINMAX -> peerMinMax(criterion,
						members.stream().map(m -> required(criterion, m, values(criterion, m).actual(), "actual")).toList());
				case PEER_MINMAX_CHANGE -> peerMinMax(criterion, members.stream().map(m -> {
					IndicatorValues v = values(criterion, m);
					return required(criterion, m, v.actual(), "actual").subtract(required(criterion, m, v.previous(), "previous"));
				}).toList());
				case QUALITATIVE_MEAN -> members.stream().map(m -> qualitativeMean(criterion, m)).toList();
			};
			for (int i = 0; i < members.size(); i++) {
				points.get(i).put(criterion.id(), column.get(i));
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			Points total = points.get(i).values().stream().reduce(Points.ZERO, Points::plus);
			entries.add(new Entry(members.get(i).code(), 0, total, Collections.unmodifiableMap(points.get(i))));
		}
		return entries;
	}

	static Points achievementCapped(Criterion criterion, GovernmentInputs government) {
		IndicatorValues values = values(criterion, government);
		BigDecimal target = values.target();
		if (target == null || target.signum() == 0) {
			return Points.ZERO;
		}
		BigDecimal actual = required(criterion, government, values.actual(), "actual");
		// min(actual ÷ target, cap) ÷ cap reaches 1 when actual ≥ cap × target: compared exactly, no division
		if (actual.compareTo(criterion.cap().multiply(target)) >= 0) {
			return Points.of(criterion.maxPoints());
		}
		return Points.share(criterion.maxPoints(), actual, target.multiply(criterion.cap()));
	}

	static List<Points> peerMinMax(Criterion criterion, List<BigDecimal> values) {
		if (values.isEmpty()) {
			return List.of();
		}
		BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow();
		BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow();
		BigDecimal range = max.subtract(min);
		if (range.signum() == 0) {
			return values.stream().map(v -> Points.of(criterion.maxPoints())).toList();
		}
		return values.stream().map(v -> Points.share(criterion.maxPoints(), v.subtract(min), range)).toList();
	}

	static Points qualitativeMean(Criterion criterion, GovernmentInputs government) {
		List<BigDecimal> scores = government.scores().get(criterion.id());
		if (scores == null || scores.isEmpty()) {
			throw new IllegalArgumentException(government.code() + " has no scores for " + criterion.id());
		}
		List<BigDecimal> counted = new ArrayList<>(scores);
		if (counted.size() >= 5) {
			counted.sort(Comparator.naturalOrder());
			counted = counted.subList(1, counted.size() - 1);
		}
		BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return Points.of(sum).dividedBy(counted.size());
	}

	private static IndicatorValues values(Criterion criterion, GovernmentInputs government) {
		IndicatorValues values = government.values().get(criterion.indicator());
		if (values == null) {
			throw new IllegalArgumentException(government.code() + " has no " + criterion.indicator() + " for " + criterion.id());
		}
		return values;
	}

	private static BigDecimal required(Criterion criterion, GovernmentInputs government, BigDecimal value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(government.code() + " has no " + name + " " + criterion.indicator());
		}
		return value;
	}

	/** Highest total first, ties by code; competition ranks (1, 2, 2, 4). */
	static List<Entry> rank(List<Entry> scored) {
		List<Entry> sorted = new ArrayList<>(scored);
		sorted.sort(Comparator.comparing(Entry::total).reversed().thenComparing(Entry::code));
		List<Entry> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			Entry e = sorted.get(i);
			int rank = i > 0 && e.total().equals(sorted.get(i - 1).total()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Entry(e.code(), rank, e.total(), e.points()));
		}
		return List.copyOf(ranked);
	}

	/**
	 * Tier by tier, group by group: the next {@code perPeerGroup} not yet awarded, then all tied with the last of
	 * them. Going down each ranking in order is what gives everyone at most one award.
	 */
	static List<Award> award(List<Ranking> rankings, List<Tier> tiers) {
		Map<String, Integer> next = new HashMap<>();
		List<Award> awards = new ArrayList<>();
		for (Tier tier : tiers) {
			for (Ranking ranking : rankings) {
				List<Entry> entries = ranking.entries();
				int position = next.getOrDefault(ranking.peerGroup(), 0);
				int end = Math.min(position + tier.perPeerGroup(), entries.size());
				while (end > position && end < entries.size() && entries.get(end).total().equals(entries.get(end - 1).total())) {
					end++;
				}
				for (int i = position; i < end; i++) {
					awards.add(new Award(entries.get(i).code(), ranking.peerGroup(), tier.name(), tier.incentive()));
				}
				next.put(ranking.peerGroup(), end);
			}
		}
		return List.copyOf(awards);
	}
}
