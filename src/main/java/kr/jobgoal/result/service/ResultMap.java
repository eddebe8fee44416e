package kr.jobgoal.result.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualRollUp;
import org.springframework.stereotype.Component;

/**
 * Joins results to the features of the shipped boundary maps. The maps carry the codes valid on
 * 2021-07-06 (SGIS 2018 boundaries); results of another year are joined through the governments' stable
 * identity, and where a feature's government has since been replaced (a merger), through its successors.
 */
@Component
public class ResultMap {

	/** The date whose codes the map features carry. */
	public static final LocalDate MAP_DATE = LocalDate.of(2021, 7, 6);

	/** 세종 and 제주 have no basic governments: the municipalities map draws them whole. */
	public static final Set<String> METRO_FEATURES = Set.of("36000", "50000");

	/** One feature of the municipalities map with the results that colour it. */
	public record Area(String featureCode, String parentFeatureCode, AnnualRollUp results) {
	}

	/**
	 * The municipalities features (optionally only those of one province) with their results, if any; every
	 * lookup goes to the directory snapshot, in memory.
	 */
	public List<Area> municipalities(Collection<AnnualRollUp> all, Government province, GovernmentDirectory directory) {
		Map<Long, AnnualRollUp> byId = all.stream()
			.collect(Collectors.toMap(r -> r.government().id(), Function.identity(), (a, b) -> a));
		Set<String> provinceFeatures = province == null ? null : featureCodes(province, directory);
		List<Area> areas = new ArrayList<>();
		for (Government feature : features(directory)) {
			String parent = feature.isMetro() ? feature.code() : feature.parentCode();
			if (provinceFeatures != null && !provinceFeatures.contains(parent)) {
				continue;
			}
			areas.add(new Area(feature.code(), parent, resultsOf(feature, byId, all, directory).orElse(null)));
		}
		return areas;
	}

	/** The features of the municipalities map: the basic governments of 2021-07-06, and 세종 and 제주. */
	private static List<Government> features(GovernmentDirectory directory) {
		List<Government> features = new ArrayList<>(directory.list(MAP_DATE, Government.BASIC, null));
		METRO_FEATURES.forEach(code -> directory.find(code, MAP_DATE).ifPresent(features::add));
		return features;
	}

	private static Optional<AnnualRollUp> resultsOf(Government feature, Map<Long, AnnualRollUp> byId,
			Collection<AnnualRollUp> all, GovernmentDirectory directory) {
		AnnualRollUp same = byId.get(feature.id());
		if (same != null) {
			return Optional.of(same);
		}
		Set<String> successors = successorCodes(feature.code(), directory);
		return all.stream()
			.filter(r -> directory.codeHistory(r.government().id()).stream().anyMatch(h -> successors.contains(h.code())))
			.findFirst();
	}

	/** Every code that continues the given one, transitively (a later merger of a merger). */
	private static Set<String> successorCodes(String code, GovernmentDirectory directory) {
		Set<String> found = new LinkedHashSet<>();
		List<String> next = new ArrayList<>(directory.succession(code).successorCodes());
		while (!next.isEmpty()) {
			String c = next.remove(0);
			if (found.add(c)) {
				next.addAll(directory.succession(c).successorCodes());
			}
		}
		return found;
	}

	/**
	 * The map codes a province is drawn with: its own code of 2021-07-06 (52000 → 45000), or, for one created
	 * later by a merger, those of its predecessors (12000 → 29000 and 46000).
	 */
	public static Set<String> featureCodes(Government province, GovernmentDirectory directory) {
		Optional<Government> then = directory.findById(province.id(), MAP_DATE).filter(g -> g.validOn(MAP_DATE));
		if (then.isPresent()) {
			return Set.of(then.get().code());
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String predecessor : directory.succession(province.code()).predecessorCodes()) {
			directory.find(predecessor, MAP_DATE).ifPresent(g -> codes.addAll(featureCodes(g, directory)));
		}
		return codes;
	}
}
