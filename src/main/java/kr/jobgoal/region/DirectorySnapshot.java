package kr.jobgoal.region;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole directory as read in one statement, answering every lookup in memory: for a page that needs
 * many of them (a map, a table, a code history), so that it costs one query instead of one per row. It is
 * read per use, not kept: another instance may reload the directory at any time.
 */
public final class DirectorySnapshot implements GovernmentDirectory {

	/** Which code period {@link #findById} picks: the one valid on the date first, then the latest begun. */
	private static Comparator<Government> preferenceOn(LocalDate asOf) {
		return Comparator.comparing((Government g) -> g.validTo() == null || !g.validTo().isBefore(asOf))
			.thenComparing(Government::validFrom);
	}

	private final List<Government> byCode;

	private final Map<String, Government> codes;

	private final Map<Long, List<Government>> histories;

	private final Map<String, Succession> successions;

	DirectorySnapshot(List<Government> byCode, Map<String, Succession> successions) {
		this.byCode = List.copyOf(byCode);
		this.codes = byCode.stream().collect(Collectors.toMap(Government::code, g -> g));
		this.histories = byCode.stream()
			.sorted(Comparator.comparing(Government::validFrom))
			.collect(Collectors.groupingBy(Government::id));
		this.successions = Map.copyOf(successions);
	}

	@Override
	public DirectorySnapshot snapshot() {
		return this;
	}

	@Override
	public List<Government> list(LocalDate asOf, String level, String parentCode) {
		String parentOnDate = null;
		if (parentCode != null) {
			Optional<Government> parent = find(parentCode, asOf);
			if (parent.isEmpty()) {
				return List.of();
			}
			parentOnDate = parent.get().code();
		}
		String parent = parentOnDate;
		return byCode.stream()
			.filter(g -> g.validOn(asOf))
			.filter(g -> level == null || level.equals(g.level()))
			.filter(g -> parent == null || parent.equals(g.parentCode()))
			.toList();
	}

	/**
	 * The name as a list shows it: 남구 alone could be Busan's, Daegu's, Incheon's, Gwangju's or Ulsan's, so a basic
	 * government whose name another one shares on that day goes with its 시·도's short name — 부산 남구 on a Korean
	 * page, Nam-gu, Busan on an English one ({@link Government#shortNameKo}, {@link Government#shortNameEn}).
	 */
	public String listName(Government government, LocalDate asOf, Locale locale) {
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		String name = government.name(locale);
		if (government.isMetro() || government.parentCode() == null || byCode.stream()
			.noneMatch(g -> g.id() != government.id() && !g.isMetro() && g.validOn(asOf) && g.nameKo().equals(government.nameKo()))) {
			return name;
		}
		return find(government.parentCode(), asOf)
			.map(parent -> english ? name + ", " + Government.shortNameEn(parent.nameEn())
					: Government.shortNameKo(parent.nameKo()) + " " + name)
			.orElse(name);
	}

	/** {@link #listName} of each government, by id: what a table of them shows. */
	public Map<Long, String> listNames(Collection<Government> governments, LocalDate asOf, Locale locale) {
		Map<Long, String> names = new HashMap<>();
		governments.forEach(g -> names.put(g.id(), listName(g, asOf, locale)));
		return names;
	}

	/** Every code period of every government, past and present, by code. */
	public List<Government> periods() {
		return byCode;
	}

	@Override
	public Optional<Government> find(String code, LocalDate asOf) {
		return Optional.ofNullable(codes.get(code)).flatMap(g -> findById(g.id(), asOf));
	}

	@Override
	public Optional<Government> findById(long governmentId, LocalDate asOf) {
		return periodOn(codeHistory(governmentId), asOf);
	}

	/**
	 * The code period of a government's {@link #codeHistory} that {@link #findById} finds for the date: the one
	 * valid then, else the last that began before it (an abolished government). Lets a caller that holds the
	 * history look up many dates without a query each.
	 */
	public static Optional<Government> periodOn(List<Government> codeHistory, LocalDate asOf) {
		return codeHistory.stream().filter(g -> !g.validFrom().isAfter(asOf)).max(preferenceOn(asOf));
	}

	@Override
	public List<Government> codeHistory(long governmentId) {
		return histories.getOrDefault(governmentId, List.of());
	}

	@Override
	public Succession succession(String code) {
		return successions.getOrDefault(code, new Succession(List.of(), List.of()));
	}
}
