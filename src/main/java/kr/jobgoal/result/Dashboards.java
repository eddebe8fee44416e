package kr.jobgoal.result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The national and provincial roll-ups, the overdue view and peer comparisons of one year's results. */
@Service
class Dashboards {

	/** How many governments the best and worst lists show. */
	static final int RANKED = 5;

	private final Results results;

	private final GovernmentDirectory directory;

	private final ResultMap map;

	Dashboards(Results results, GovernmentDirectory directory, ResultMap map) {
		this.results = results;
		this.directory = directory;
		this.map = map;
	}

	/** A province's roll-up: the metro government and its basic governments. */
	record ProvinceRow(Government province, ResultTotals totals) {
	}

	record National(int year, int governments, ResultTotals totals, List<ProvinceRow> provinces,
			List<AnnualResults> best, List<AnnualResults> worst, List<AnnualResults> all, List<ResultMap.Area> areas,
			boolean demo) {
	}

	record Province(int year, Government province, ResultTotals totals, List<AnnualResults> members,
			List<ResultMap.Area> areas, boolean demo) {
	}

	National national(int year) {
		List<AnnualResults> all = results.annualForAll(year);
		LocalDate date = ResultBook.referenceDate(year);
		Map<String, List<AnnualResults>> byProvince = all.stream()
			.collect(Collectors.groupingBy(Dashboards::provinceCode, LinkedHashMap::new, Collectors.toList()));
		List<ProvinceRow> provinces = new ArrayList<>();
		for (Government metro : directory.list(date, Government.METRO, null)) {
			provinces.add(new ProvinceRow(metro, ResultTotals.of(byProvince.getOrDefault(metro.code(), List.of()))));
		}
		List<AnnualResults> ranked = ranked(all);
		List<AnnualResults> best = ranked.stream().limit(RANKED).toList();
		List<AnnualResults> worst = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - RANKED), ranked.size()));
		Collections.reverse(worst);
		return new National(year, directory.list(date, null, null).size(), ResultTotals.of(all), provinces, best, worst,
				all, map.municipalities(all, null), all.stream().anyMatch(AnnualResults::demo));
	}

	Province province(String code, int year) {
		ResultLookup.checkYear(year);
		Government province = directory.find(code, ResultBook.referenceDate(year))
			.filter(Government::isMetro)
			.orElseThrow(() -> new NotFoundException("코드 '" + code + "'에 해당하는 광역자치단체가 " + year + "년에 없습니다."));
		List<AnnualResults> all = results.annualForAll(year);
		List<AnnualResults> members = all.stream().filter(r -> province.code().equals(provinceCode(r))).toList();
		return new Province(year, province, ResultTotals.of(members), members, map.municipalities(members, province),
				members.stream().anyMatch(AnnualResults::demo));
	}

	/** Governments whose results for the year are not complete although the due date has passed. */
	List<AnnualResults> overdue(int year, LocalDate dueDate, LocalDate today) {
		ResultLookup.checkYear(year);
		return results.annualForAll(year).stream().filter(r -> r.overdue(dueDate, today)).toList();
	}

	/**
	 * The government and its peers: basic governments of the same peer group (시, 군 or 구), or all metro
	 * governments for a metro one, each with its results for the year.
	 */
	List<AnnualResults> peers(Government government, int year) {
		return results.annualForAll(year).stream()
			.filter(r -> r.government().isMetro() == government.isMetro()
					&& Objects.equals(r.government().peerGroup(), government.peerGroup()))
			.toList();
	}

	/** Reported governments with a rate, highest achievement first (ties by code). */
	static List<AnnualResults> ranked(List<AnnualResults> all) {
		return all.stream()
			.filter(r -> r.achievement().hasRate())
			.sorted(Comparator.comparing(AnnualResults::achievement, Achievement.HIGHEST_FIRST)
				.thenComparing(r -> r.government().code()))
			.toList();
	}

	/** The province a government's results count in: its own code for a metro government, else its parent's. */
	static String provinceCode(AnnualResults r) {
		return r.government().isMetro() ? r.government().code() : r.government().parentCode();
	}
}
