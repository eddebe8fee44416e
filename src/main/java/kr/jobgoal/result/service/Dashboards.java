package kr.jobgoal.result.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.ResultTotals;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.result.store.RollUpRepository;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national and provincial roll-ups, the overdue view and peer comparisons of one year's results, read
 * from the stored roll-ups: the year's rows in one query, their governments from one directory snapshot,
 * and the nation's, provinces' and peer groups' totals added up by PostgreSQL in one more — the same few
 * statements however many governments there are.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** How many governments the best and worst lists show. */
	public static final int RANKED = 5;

	private final RollUpRepository rollUps;

	private final GovernmentDirectory directory;

	private final ResultMap map;

	private final FactRepository facts;

	private final ResultBook book;

	public Dashboards(RollUpRepository rollUps, GovernmentDirectory directory, ResultMap map, FactRepository facts,
			ResultBook book) {
		this.book = book;
		this.rollUps = rollUps;
		this.facts = facts;
		this.directory = directory;
		this.map = map;
	}

	/** The years that have any result recorded, latest first: the years a dashboard can show. */
	public List<Integer> years() {
		return facts.years();
	}

	/**
	 * A province's row: the sum of its basic governments ({@code basics}) and its metro government's own plan
	 * ({@code own}, null when it disclosed none), never added to it.
	 */
	public record ProvinceRow(Government province, AnnualRollUp own, ResultTotals basics) {
	}

	/**
	 * The nation's page: the sum of the nation's basic governments ({@code basics}) and, apart from it, the sum of
	 * the metro governments' own plans ({@code metros}); {@code listNames} gives the top and bottom governments'
	 * names as a list shows them (부산 남구, Nam-gu, Busan).
	 */
	public record National(int year, int governments, ResultTotals basics, ResultTotals metros, List<ProvinceRow> provinces,
			List<AnnualRollUp> best, List<AnnualRollUp> worst, List<AnnualRollUp> all, List<ResultMap.Area> areas,
			boolean demo, Map<Long, String> listNames) {
	}

	/**
	 * A province's page: its metro government's own plan ({@code own}, null when it disclosed none) beside the sum
	 * of its basic governments ({@code basics}); the two are never added, as the metro plan covers the same area.
	 */
	public record Province(int year, Government province, AnnualRollUp own, ResultTotals basics,
			List<AnnualRollUp> members, List<ResultMap.Area> areas, boolean demo) {
	}

	/** A government's peer group with its totals and the members' names as a list shows them (부산 남구). */
	public record Peers(List<AnnualRollUp> members, ResultTotals totals, Map<Long, String> listNames) {
	}

	/** The governments late with their results, with their names as a list shows them (부산 남구). */
	public record Overdue(List<AnnualRollUp> governments, Map<Long, String> listNames) {
	}

	public National national(int year, Locale locale) {
		DirectorySnapshot snapshot = directory.snapshot();
		LocalDate date = ResultBook.referenceDate(year);
		Map<Long, AnnualRollUp> byId = book.rollUps(year, snapshot);
		List<AnnualRollUp> all = List.copyOf(byId.values());
		RollUpRepository.RollUpTotals totals = rollUps.totals(year);
		List<ProvinceRow> provinces = snapshot.list(date, Government.METRO, null)
			.stream()
			.map(metro -> new ProvinceRow(metro, byId.get(metro.id()), totals.basics(metro.code())))
			.toList();
		List<AnnualRollUp> ranked = ranked(all);
		List<AnnualRollUp> best = ranked.stream().limit(RANKED).toList();
		List<AnnualRollUp> worst = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - RANKED), ranked.size()));
		Collections.reverse(worst);
		Map<Long, String> listNames = snapshot.listNames(
				Stream.concat(best.stream(), worst.stream()).map(AnnualRollUp::government).toList(), date, locale);
		return new National(year, snapshot.list(date, null, null).size(), totals.nationBasics(), totals.metros(),
				provinces, best, worst, all, map.municipalities(all, null, snapshot), all.stream().anyMatch(AnnualRollUp::demo), listNames);
	}

	public Province province(String code, int year) {
		ResultLookup.checkYear(year);
		DirectorySnapshot snapshot = directory.snapshot();
		Government province = snapshot.find(code, ResultBook.referenceDate(year))
			.filter(Government::isMetro)
			.orElseThrow(() -> new NotFoundException("코드 '" + code + "'에 해당하는 광역자치단체가 " + year + "년에 없습니다."));
		List<AnnualRollUp> members = rows(year, snapshot).stream()
			.filter(r -> province.code().equals(r.provinceCode()))
			.toList();
		AnnualRollUp own = members.stream().filter(r -> r.government().id() == province.id()).findFirst().orElse(null);
		return new Province(year, province, own, rollUps.totals(year).basics(province.code()), members,
				map.municipalities(members, province, snapshot), members.stream().anyMatch(AnnualRollUp::demo));
	}

	/** Governments whose results for the year are not complete although the due date has passed. */
	public Overdue overdue(int year, LocalDate dueDate, LocalDate today, Locale locale) {
		ResultLookup.checkYear(year);
		DirectorySnapshot snapshot = directory.snapshot();
		List<AnnualRollUp> overdue = rows(year, snapshot).stream().filter(r -> r.overdue(dueDate, today)).toList();
		return new Overdue(overdue, names(overdue, year, snapshot, locale));
	}

	/**
	 * The government and its peers: basic governments of the same peer group (시, 군 or 구), or all metro
	 * governments for a metro one, each with its results for the year.
	 */
	public Peers peers(Government government, int year, Locale locale) {
		String group = government.isMetro() ? Government.METRO : government.peerGroup();
		DirectorySnapshot snapshot = directory.snapshot();
		List<AnnualRollUp> members = rows(year, snapshot).stream()
			.filter(r -> group.equals(r.peerGroup()))
			.toList();
		return new Peers(members, rollUps.totals(year).peerGroup(group), names(members, year, snapshot, locale));
	}

	private static Map<Long, String> names(List<AnnualRollUp> rows, int year, DirectorySnapshot snapshot, Locale locale) {
		return snapshot.listNames(rows.stream().map(AnnualRollUp::government).toList(), ResultBook.referenceDate(year),
				locale);
	}

	/** The year's stored roll-ups with the governments as they were in the year, by code. */
	private List<AnnualRollUp> rows(int year, DirectorySnapshot snapshot) {
		return List.copyOf(book.rollUps(year, snapshot).values());
	}

	/** Reported governments with a rate, highest achievement first (ties by code). */
	public static List<AnnualRollUp> ranked(List<AnnualRollUp> all) {
		return all.stream()
			.filter(r -> r.achievement().hasRate())
			.sorted(Comparator.comparing(AnnualRollUp::achievement, Achievement.HIGHEST_FIRST)
				.thenComparing(r -> r.government().code()))
			.toList();
	}
}
