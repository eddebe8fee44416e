package kr.jobgoal.result;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Rules over a government's year of facts. */
public final class ResultFacts {

	private ResultFacts() {
	}

	/** The facts no later fact supersedes: what the year's figures are made of. */
	public static List<ResultFact> current(List<ResultFact> facts) {
		Set<Long> superseded = facts.stream()
			.map(ResultFact::supersedes)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		return facts.stream().filter(f -> !superseded.contains(f.id())).toList();
	}
}
