package kr.jobgoal.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;

/**
 * The governments valid on one date, looked up by the names publishers use: a basic government by its name
 * and its metro government's name (full, 전라북도, or short, 전북), a metro government by either name.
 */
public final class GovernmentNames {

	private final LocalDate date;

	private final Map<String, Government> metroByCode = new HashMap<>();

	private final Map<String, Government> metroByName = new HashMap<>();

	private final Map<String, List<Government>> basicByName = new HashMap<>();

	private GovernmentNames(LocalDate date, List<Government> governments) {
		this.date = date;
		for (Government g : governments) {
			if (g.isMetro()) {
				metroByCode.put(g.code(), g);
				metroByName.put(g.nameKo(), g);
				metroByName.put(Government.shortNameKo(g.nameKo()), g);
			}
			else {
				basicByName.computeIfAbsent(g.nameKo(), n -> new ArrayList<>()).add(g);
			}
		}
	}

	/** Late enough to find a government by any code it ever had, including one abolished long ago. */
	private static final LocalDate ANY_TIME = LocalDate.of(9999, 12, 31);

	/** The government that has or had this code (45210 and 52210 are both 김제시), with its latest code. */
	public static Optional<Government> byAnyCode(GovernmentDirectory directory, String code) {
		return directory.find(code, ANY_TIME);
	}

	public static GovernmentNames on(GovernmentDirectory directory, LocalDate date) {
		return new GovernmentNames(date, directory.list(date, null, null));
	}

	LocalDate date() {
		return date;
	}

	/** A metro government by its full (전라북도) or short (전북) name. */
	public Optional<Government> metro(String name) {
		return Optional.ofNullable(metroByName.get(name));
	}

	/** The basic governments of that name (중구 has six); empty when none. */
	public List<Government> basic(String name) {
		return basicByName.getOrDefault(name, List.of());
	}

	/** The basic government of that name under the metro government of that (full or short) name. */
	public Optional<Government> basic(String name, String metroName) {
		return metro(metroName).flatMap(metro -> basic(name).stream()
			.filter(g -> metro.code().equals(g.parentCode()))
			.findFirst());
	}

	/** The metro government a basic government belongs to (itself for a metro government). */
	public Government metroOf(Government g) {
		return g.isMetro() ? g : metroByCode.get(g.parentCode());
	}
}
