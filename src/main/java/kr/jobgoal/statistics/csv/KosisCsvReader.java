package kr.jobgoal.statistics.csv;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.GovernmentNames;
import kr.jobgoal.statistics.ImportProblem;
import kr.jobgoal.statistics.IncomingValue;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.RegionalSurvey;
import kr.jobgoal.statistics.ValueKey;
import org.springframework.stereotype.Component;

/**
 * Reads a KOSIS CSV export of 통계청 지역별고용조사 table DT_1ES3A03_A01S (시군구/연령별 취업자 및 고용률), laid
 * out with periods as columns: {@code 행정구역별,연령별,항목[,단위],2020.1/2,2020.2/2,…}. KOSIS names regions
 * its own way ("서울 종로구", or a bare "김제시" for a 시·군 of a 도) and uses no 행정표준코드, so each region is
 * matched by name and 시·도 name among the governments valid on the survey date; docs/statistics-import.md
 * gives the rules.
 */
@Component
public class KosisCsvReader {

	public static final String SOURCE = "통계청 지역별고용조사 (KOSIS DT_1ES3A03_A01S 시군구/연령별 취업자 및 고용률)";

	static final String RSE_ITEM = "RSE";

	private static final Pattern PERIOD_COLUMN = Pattern.compile("(\\d{4})\\.([12])/2");

	/** The item's name and, in parentheses, its unit: "고용률 (%)", "취업자 (천명)". */
	private static final Pattern ITEM = Pattern.compile("([^(]+)(?:\\((.*)\\))?");

	/** KOSIS writes decimals without a leading zero (.9) and drops a trailing .0 in some exports. */
	/** A published decimal, bounded in length so that no cell is expensive to read. */
	private static final Pattern DECIMAL = Pattern.compile("\\d{0,20}\\.?\\d{1,10}");

	/** Cells KOSIS uses for "not published". */
	private static final Set<String> NO_VALUE = Set.of("", "-");

	/** The nation as a whole, not a government. */
	private static final String NATION = "전국";

	private static final String RATE = "고용률";

	private static final String EMPLOYED = "취업자";

	/** (age, item) → indicator; other ages and items are not kept. */
	private static final Map<String, Indicator> INDICATORS = Map.of(
			"계|" + RATE, Indicator.EMPLOYMENT_RATE_15_PLUS,
			"15-64세|" + RATE, Indicator.EMPLOYMENT_RATE_15_64,
			"15-29세|" + RATE, Indicator.YOUTH_EMPLOYMENT_RATE_15_29,
			"계|" + EMPLOYED, Indicator.EMPLOYED_PERSONS);

	private final GovernmentDirectory directory;

	private final Clock clock;

	KosisCsvReader(GovernmentDirectory directory, Clock clock) {
		this.clock = clock;
		this.directory = directory;
	}

	public static boolean isKosisHeader(List<String> header) {
		return header.stream().anyMatch(h -> h.startsWith("행정구역")) && header.contains("연령별") && header.contains("항목");
	}

	public ReadResult read(CsvFile file) {
		Layout layout = Layout.of(file.header());
		if (!layout.problems.isEmpty()) {
			return new ReadResult(List.of(), layout.problems, 0, 0);
		}
		return new Reading(layout).read(file.dataRows());
	}

	/** Where the columns are. */
	private static final class Layout {

		int region = -1;

		int age = -1;

		int item = -1;

		int unit = -1;

		final List<String> header;

		final Map<Integer, Period> periods = new TreeMap<>();

		final List<ImportProblem> problems = new ArrayList<>();

		private Layout(List<String> header) {
			this.header = header;
		}

		static Layout of(List<String> header) {
			Layout layout = new Layout(header);
			Set<Period> seen = new LinkedHashSet<>();
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i);
				Matcher period = PERIOD_COLUMN.matcher(name);
				if (name.startsWith("행정구역") && layout.region < 0) {
					layout.region = i;
				}
				else if (name.equals("연령별") && layout.age < 0) {
					layout.age = i;
				}
				else if (name.equals("항목") && layout.item < 0) {
					layout.item = i;
				}
				else if (name.equals("단위") && layout.unit < 0) {
					layout.unit = i;
				}
				else if (period.matches()) {
					Period p = Period.half(Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2)));
					if (!seen.add(p)) {
						layout.problems.add(new ImportProblem(1, name, "시점 열 '" + name + "'" + KoreanParticles.after(name, "이") + " 두 번 있습니다."));
					}
					layout.periods.put(i, p);
				}
				else if (!name.isEmpty()) {
					layout.problems.add(new ImportProblem(1, name, "알 수 없는 열입니다. KOSIS 파일의 열은 행정구역별, 연령별, 항목, 단위(선택)와 "
							+ "'2020.2/2' 같은 반기 시점이어야 합니다."));
				}
			}
			if (layout.periods.isEmpty()) {
				layout.problems.add(new ImportProblem(1, "머리글", "'2020.2/2'처럼 쓴 반기 시점 열이 하나도 없습니다. KOSIS에서 시점을 열로 놓고 내려받으세요."));
			}
			return layout;
		}

		String columnName(int index) {
			return header.get(index);
		}
	}

	/** Reading one file, row by row: an RSE row marks the row just above it, and a bare name takes the 시·도 of the row above. */
	private final class Reading {

		private final Layout layout;

		private final List<ImportProblem> problems = new ArrayList<>();

		private final Map<ValueKey, Integer> rowOfKey = new HashMap<>();

		private final Map<ValueKey, IncomingValue> values = new LinkedHashMap<>();

		private final Map<LocalDate, GovernmentNames> namesOn = new HashMap<>();

		private final Map<String, Match> matches = new HashMap<>();

		private GovernmentNames today;

		private int excluded;

		private int ignored;

		/** The 시·도 (short name) of the last row that matched, for a bare name that several 시·도 have. */
		private String context;

		private CsvFile.Row previous;

		/** The keys the previous row produced, by period, for the RSE row that may follow it. */
		private Map<Period, ValueKey> previousKeys = Map.of();

		Reading(Layout layout) {
			this.layout = layout;
		}

		ReadResult read(List<CsvFile.Row> rows) {
			for (CsvFile.Row row : rows) {
				Map<Period, ValueKey> keys = Map.of();
				if (RSE_ITEM.equals(row.cell(layout.item))) {
					markRse(row);
				}
				else {
					keys = readValues(row);
				}
				previous = row;
				previousKeys = keys;
			}
			if (rows.isEmpty()) {
				problems.add(new ImportProblem(1, "파일", "머리글 아래에 값이 한 줄도 없습니다."));
			}
			return new ReadResult(List.copyOf(values.values()), problems, excluded, ignored);
		}

		private void markRse(CsvFile.Row row) {
			if (previous == null || RSE_ITEM.equals(previous.cell(layout.item))
					|| !region(previous).equals(region(row)) || !age(previous).equals(age(row))) {
				problems.add(new ImportProblem(row.number(), layout.columnName(layout.item),
						"RSE 행은 같은 지역·연령의 항목 행 바로 아래에 있어야 합니다."));
				return;
			}
			layout.periods.forEach((column, period) -> {
				String mark = row.cell(column);
				ValueKey key = previousKeys.get(period);
				if (!mark.isEmpty() && key != null) {
					IncomingValue v = values.get(key);
					values.put(key, new IncomingValue(key, v.value(), v.unit(), v.source(), mark));
				}
			});
		}

		private Map<Period, ValueKey> readValues(CsvFile.Row row) {
			String age = age(row);
			Matcher item = ITEM.matcher(row.cell(layout.item).replaceAll("\\s+", ""));
			String itemName = item.matches() ? item.group(1) : "";
			Indicator indicator = INDICATORS.get(age + "|" + itemName);
			if (indicator == null) {
				ignored++;
				return Map.of();
			}
			String unit = item.group(2) != null ? item.group(2) : layout.unit >= 0 ? row.cell(layout.unit) : "";
			if (!unitMatches(indicator, unit)) {
				problems.add(new ImportProblem(row.number(), layout.columnName(layout.item),
						"항목 '" + row.cell(layout.item) + "'의 단위 '" + unit + "'" + KoreanParticles.after(unit, "은") + " 받을 수 없습니다. " + EMPLOYED + "는 천명, " + RATE + "은 % 단위여야 합니다."));
				return Map.of();
			}
			Map<Period, ValueKey> keys = new HashMap<>();
			Set<String> regionProblems = new LinkedHashSet<>();
			for (Map.Entry<Integer, Period> column : layout.periods.entrySet()) {
				String cell = row.cell(column.getKey());
				if (NO_VALUE.contains(cell)) {
					continue;
				}
				Period period = column.getValue();
				Match match = match(region(row), period);
				if (match instanceof Match.Unmatched unmatched) {
					regionProblems.add(unmatched.message());
					continue;
				}
				if (match instanceof Match.Excluded) {
					excluded++;
					continue;
				}
				Government government = ((Match.Found) match).government();
				BigDecimal value = decimal(row, column.getKey(), indicator);
				if (value == null) {
					continue;
				}
				ValueKey key = new ValueKey(government.id(), indicator, period);
				Integer earlier = rowOfKey.putIfAbsent(key, row.number());
				if (earlier != null) {
					problems.add(new ImportProblem(row.number(), layout.columnName(column.getKey()),
							"같은 지자체·지표·시점의 값이 " + earlier + "행에 이미 있습니다 (" + government.nameKo() + ", " + indicator + ", " + period + ")."));
					continue;
				}
				values.put(key, new IncomingValue(key, value, indicator.unit(), SOURCE, null));
				keys.put(period, key);
			}
			regionProblems.forEach(message -> problems.add(new ImportProblem(row.number(), layout.columnName(layout.region), message)));
			return keys;
		}

		private BigDecimal decimal(CsvFile.Row row, int column, Indicator indicator) {
			String cell = row.cell(column);
			if (!DECIMAL.matcher(cell).matches()) {
				problems.add(new ImportProblem(row.number(), layout.columnName(column), "값 '" + shown(cell) + "'" + KoreanParticles.after(shown(cell), "은") + " 숫자가 아니거나 너무 깁니다 (정수 20자리, 소수 10자리까지)."));
				return null;
			}
			// KOSIS publishes these tables to one decimal; a copy that wrote 71 for 71.0 only lost the zero (the bound's scale)
			NumberBound.Checked checked = indicator.bound().check(new BigDecimal(cell));
			if (!checked.accepted()) {
				problems.add(new ImportProblem(row.number(), layout.columnName(column), indicator.refusalKo(cell, checked.refusal())));
			}
			return checked.value();
		}

		private Match match(String region, Period period) {
			LocalDate date = RegionalSurvey.referenceDate(period);
			Match match = matches.computeIfAbsent(region + "|" + context + "|" + date, k -> resolve(region, date));
			if (match instanceof Match.Found found) {
				context = found.metroShortName();
			}
			return match;
		}

		private Match resolve(String region, LocalDate date) {
			GovernmentNames onDate = namesOn.computeIfAbsent(date, d -> GovernmentNames.on(directory, d));
			String[] parts = region.split(" ");
			if (parts.length > 2 || region.isEmpty()) {
				return new Match.Unmatched("지역 '" + region + "'" + KoreanParticles.after(region, "을") + " 알아볼 수 없습니다. '전북 김제시', '서울 종로구' 또는 '김제시'처럼 쓰세요.");
			}
			String name = parts[parts.length - 1];
			String metroName = parts.length == 2 ? parts[0] : null;
			if (NATION.equals(region) || RegionalSurvey.ADMINISTRATIVE_CITIES.contains(name)
					&& (metroName == null || onDate.metro(metroName).map(m -> m.nameKo().equals(RegionalSurvey.JEJU)).orElse(false))) {
				return new Match.Excluded();
			}
			if (metroName == null) {
				Optional<Government> metro = onDate.metro(name);
				if (metro.isPresent()) {
					return found(onDate, metro.get());
				}
			}
			List<Government> candidates = metroName == null ? onDate.basic(name) : onDate.basic(name, metroName).stream().toList();
			if (candidates.isEmpty()) {
				// KOSIS files a government's whole history under its current name and 시·도 (대구 군위군 for 2020).
				candidates = currentNames().basic(name).stream()
					.filter(g -> metroName == null || isUnder(currentNames(), g, metroName))
					.map(g -> directory.findById(g.id(), date).filter(then -> then.validOn(date)))
					.flatMap(Optional::stream)
					.toList();
			}
			if (candidates.size() > 1) {
				List<Government> inContext = candidates.stream()
					.filter(g -> Government.shortNameKo(onDate.metroOf(g).nameKo()).equals(context))
					.toList();
				if (inContext.size() == 1) {
					return found(onDate, inContext.get(0));
				}
				return new Match.Unmatched("'" + name + "'" + KoreanParticles.after(name, "은") + " 여러 시·도에 있습니다 ("
						+ candidates.stream().map(g -> Government.shortNameKo(onDate.metroOf(g).nameKo())).collect(Collectors.joining(", "))
						+ "). '" + Government.shortNameKo(onDate.metroOf(candidates.get(0)).nameKo()) + " " + name + "'처럼 시·도를 앞에 붙이세요.");
			}
			if (candidates.isEmpty()) {
				if (metroName != null && onDate.metro(metroName).isEmpty() && currentNames().metro(metroName).isEmpty()) {
					return new Match.Unmatched("시·도 '" + metroName + "'" + KoreanParticles.after(metroName, "을") + " 알 수 없습니다. '서울', '전북', '전라북도'처럼 쓰세요.");
				}
				return new Match.Unmatched("'" + region + "'에 해당하는 지자체가 " + date + " 기준으로 없습니다.");
			}
			return found(onDate, candidates.get(0));
		}

		private boolean isUnder(GovernmentNames names, Government g, String metroName) {
			return names.metro(metroName).map(m -> m.code().equals(g.parentCode())).orElse(false);
		}

		private Match found(GovernmentNames onDate, Government government) {
			return new Match.Found(government, Government.shortNameKo(onDate.metroOf(government).nameKo()));
		}

		private GovernmentNames currentNames() {
			if (today == null) {
				today = GovernmentNames.on(directory, LocalDate.now(clock));
			}
			return today;
		}

		private String region(CsvFile.Row row) {
			return row.cell(layout.region).replaceAll("\\s+", " ");
		}

		private String age(CsvFile.Row row) {
			return row.cell(layout.age).replaceAll("\\s+", "").replaceAll("[~∼～]", "-");
		}
	}

	private static boolean unitMatches(Indicator indicator, String unit) {
		return indicator.isRate() ? unit.isEmpty() || unit.equals("%") : unit.equals("천명");
	}

	/** How a KOSIS region name on a survey date maps to a government. */
	private sealed interface Match {

		record Found(Government government, String metroShortName) implements Match {
		}

		/** Not a local government (전국, 제주시, 서귀포시): left out, not an error. */
		record Excluded() implements Match {
		}

		record Unmatched(String message) implements Match {
		}
	}

	/** A cell as the user wrote it, shortened for a message. */
	private static String shown(String cell) {
		return cell.length() > 30 ? cell.substring(0, 30) + "…" : cell;
	}
}
