package kr.jobgoal.site.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.region.Government;

/** How many local governments there are on a date, by level and by type (the home page's numbers). */
public record NationalOverview(LocalDate asOf, int total, int metro, int basic, List<TypeCount> byType) {

	public record TypeCount(String level, String type, long count) {
	}

	public static NationalOverview of(LocalDate asOf, List<Government> governments) {
		Map<String, List<Government>> byType = governments.stream().collect(Collectors.groupingBy(Government::type));
		List<TypeCount> counts = byType.values()
			.stream()
			.map(same -> new TypeCount(same.get(0).level(), same.get(0).type(), same.size()))
			.sorted(Comparator.comparing(TypeCount::type, Comparator.comparingInt(NationalOverview::typeOrder)))
			.toList();
		int metro = (int) governments.stream().filter(Government::isMetro).count();
		return new NationalOverview(asOf, governments.size(), metro, governments.size() - metro, counts);
	}

	/** Known types in their usual order; a type the reference file adds later comes last. */
	private static int typeOrder(String type) {
		int known = Government.TYPES.indexOf(type);
		return known < 0 ? Government.TYPES.size() : known;
	}
}
