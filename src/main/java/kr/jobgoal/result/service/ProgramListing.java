package kr.jobgoal.result.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kr.jobgoal.result.Achievement;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.ProgramSearch;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the program search pages and API share: reading the filter (each value bounded, bad ones a 400 naming
 * the parameter) and putting a page of hits together with their governments, jobs created and achievement.
 * Two statements per page whatever its length: the hits and their facts.
 */
@Component
public class ProgramListing {

	/** Longest search text accepted, in characters. */
	public static final int MAX_QUERY = 100;

	public static final int MAX_PAGE = 10_000;

	private final ProgramSearch search;

	private final ProgramFigures figures;

	private final Clock clock;

	ProgramListing(ProgramSearch search, ProgramFigures figures, Clock clock) {
		this.search = search;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * A hit with its government as it was in the plan's year, the government's name as a list shows it then
	 * (부산 남구, Nam-gu, Busan), jobs created and achievement.
	 */
	public record Row(ProgramSearch.Hit hit, Government government, String listName, BigDecimal jobsCreated,
			Achievement achievement) {
	}

	/** The filter as given, to write links that keep it. */
	public record Query(String q, Integer year, String type, String province) {

		public boolean filtered() {
			return q != null || year != null || type != null || province != null;
		}

		public String page(int page) {
			return UriComponentsBuilder.fromPath("/programs")
				.queryParamIfPresent("q", Optional.ofNullable(q))
				.queryParamIfPresent("year", Optional.ofNullable(year))
				.queryParamIfPresent("type", Optional.ofNullable(type))
				.queryParamIfPresent("province", Optional.ofNullable(province))
				.queryParamIfPresent("page", Optional.of(page).filter(n -> n > 1))
				.build()
				.encode()
				.toUriString();
		}
	}

	/** The filter from the request's parameters. */
	public static Query query(String q, String year, String type, String province) {
		ProgramType programType = programType(type);
		return new Query(text(q), year(year), programType == null ? null : programType.name(), blankToNull(province));
	}

	/** The {@code limit} hits after {@code offset}, newest year first. */
	public ProgramSearch.Found find(DirectorySnapshot snapshot, Query query, int offset, int limit) {
		return search.find(filter(snapshot, query), offset, limit);
	}

	public List<Row> rows(DirectorySnapshot snapshot, List<ProgramSearch.Hit> hits, Locale locale) {
		List<BigDecimal> created = figures.jobsCreated(hits);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			ProgramSearch.Hit hit = hits.get(i);
			LocalDate date = PlanPeriod.annual(hit.year()).referenceDate();
			Government government = snapshot.findById(hit.governmentId(), date).orElseThrow();
			rows.add(new Row(hit, government, snapshot.listName(government, date, locale), created.get(i),
					Achievement.of(created.get(i), hit.jobTarget())));
		}
		return rows;
	}

	public ProgramSearch.Filter filter(DirectorySnapshot snapshot, Query query) {
		return new ProgramSearch.Filter(query.q(), query.year(), query.type() == null ? null : ProgramType.valueOf(query.type()),
				province(snapshot, query.province()));
	}

	/**
	 * The plans of a province: of every government in the years its code of the time was the province's or one
	 * under it (a program of 2020 counts where its government was then: 군위군's in 경상북도, not 대구), where the
	 * province is the one the code names with every code it continues (전북특별자치도 continues 전라북도;
	 * 전남광주통합특별시 continues 광주광역시 and 전라남도, abolished governments included). Null for no province.
	 */
	private List<ProgramSearch.YearsOf> province(DirectorySnapshot snapshot, String code) {
		if (code == null) {
			return null;
		}
		Government metro = snapshot.find(code, LocalDate.now(clock))
			.filter(Government::isMetro)
			.orElseThrow(() -> new InvalidInputException("'province' 값 '" + code + "'은(는) 시·도 코드가 아닙니다.",
					List.of(new FieldProblem("province", "시·도 목록에서 고르세요."))));
		Set<String> codes = new HashSet<>();
		List<Government> continued = new ArrayList<>(List.of(metro));
		while (!continued.isEmpty()) {
			Government next = continued.remove(continued.size() - 1);
			for (Government period : snapshot.codeHistory(next.id())) {
				if (codes.add(period.code())) {
					snapshot.succession(period.code())
						.predecessorCodes()
						.forEach(p -> snapshot.find(p, period.validFrom()).ifPresent(continued::add));
				}
			}
		}
		List<ProgramSearch.YearsOf> plans = new ArrayList<>();
		for (Government period : snapshot.periods()) {
			if (codes.contains(period.code()) || codes.contains(period.parentCode())) {
				int first = firstPlanYear(period.validFrom());
				int last = period.validTo() == null ? ResultLookup.LAST_YEAR : firstPlanYear(period.validTo().plusDays(1)) - 1;
				if (first <= last) {
					plans.add(new ProgramSearch.YearsOf(period.id(), first, last));
				}
			}
		}
		return plans;
	}

	/** The first year whose annual plan belongs to a code valid from the day (the plan's reference date on or after it). */
	private static int firstPlanYear(LocalDate validFrom) {
		int year = validFrom.getYear();
		return PlanPeriod.ANNUAL_DEADLINE.atYear(year).isBefore(validFrom) ? year + 1 : year;
	}

	/** The search text, stripped; longer than {@link #MAX_QUERY} is bad input (control characters never get here). */
	public static String text(String q) {
		String text = blankToNull(q);
		if (text != null && text.codePointCount(0, text.length()) > MAX_QUERY) {
			throw new InvalidInputException("검색어가 너무 깁니다.",
					List.of(new FieldProblem("q", "검색어는 " + MAX_QUERY + "자 이내로 입력하세요.")));
		}
		return text;
	}

	private static Integer year(String year) {
		return blankToNull(year) == null ? null : bounded("year", year.strip(), ResultLookup.FIRST_YEAR, ResultLookup.LAST_YEAR);
	}

	private static ProgramType programType(String type) {
		String value = blankToNull(type);
		if (value == null) {
			return null;
		}
		return Arrays.stream(ProgramType.values())
			.filter(t -> t.name().equals(value))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("'type' 값 '" + value + "'은(는) 사업 유형이 아닙니다.",
					List.of(new FieldProblem("type", "사업 유형 중 하나를 고르세요: "
							+ String.join(", ", Arrays.stream(ProgramType.values()).map(Enum::name).toList())))));
	}

	/** A whole number in [min, max], else a 400 naming the parameter. */
	public static int bounded(String name, String value, int min, int max) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// refused below, as any number out of range
		}
		throw new InvalidInputException("'" + name + "' 값은 " + min + "부터 " + max + "까지의 정수여야 합니다.",
				List.of(new FieldProblem(name, min + "부터 " + max + "까지의 정수를 입력하세요.")));
	}

	/** Plan years offered in the select: the first year results are kept for up to next year, newest first. */
	public static List<Integer> years(LocalDate today) {
		List<Integer> years = new ArrayList<>();
		for (int y = Math.min(today.getYear() + 1, ResultLookup.LAST_YEAR); y >= ResultLookup.FIRST_YEAR; y--) {
			years.add(y);
		}
		return years;
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
