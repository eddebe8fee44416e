package kr.jobgoal.region;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.GovernmentPageLinks;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public HTML pages of the directory: the searchable list and one government's page. */
@Controller
class GovernmentPageController {

	static final int PAGE_SIZE = 20;

	/** A date after every code period began, to ask whether a code ever existed. */
	private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

	private final GovernmentDirectory directory;

	private final ObjectProvider<GovernmentPageLinks> pageLinks;

	private final Clock clock;

	GovernmentPageController(GovernmentDirectory directory, ObjectProvider<GovernmentPageLinks> pageLinks, Clock clock) {
		this.clock = clock;
		this.directory = directory;
		this.pageLinks = pageLinks;
	}

	/**
	 * The list, filtered. htmx asks with {@code HX-Request} as the visitor types and gets only the results
	 * (and, out of band, the count and the province select of the date); without JavaScript the form's GET
	 * gets the whole page, and so does htmx restoring a page from history.
	 */
	@GetMapping("/governments")
	String directory(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) String province,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
			Model model, HttpServletResponse response) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		String wantedType = blankToNull(type);
		if (wantedType != null && !Government.TYPES.contains(wantedType)) {
			throw new InvalidInputException("'type' 값 '" + wantedType + "'" + KoreanParticles.after(wantedType, "은") + " 지자체 유형이 아닙니다.",
					List.of(new FieldProblem("type", "목록에 있는 유형 중 하나를 고르세요: " + String.join(", ", Government.TYPES))));
		}
		DirectorySnapshot snapshot = directory.snapshot();
		List<Government> all = snapshot.list(date, null, null);
		List<Government> provinces = all.stream().filter(Government::isMetro).toList();
		Government chosenProvince = chosenProvince(snapshot, blankToNull(province), date, provinces);
		String search = q == null ? "" : q.strip();
		List<Government> found = all.stream()
			.filter(g -> chosenProvince == null || g.code().equals(chosenProvince.code())
					|| chosenProvince.code().equals(g.parentCode()))
			.filter(g -> wantedType == null || wantedType.equals(g.type()))
			.filter(g -> matches(g, search, snapshot))
			.toList();
		DirectoryQuery query = new DirectoryQuery(asOf, search, chosenProvince == null ? null : chosenProvince.code(),
				wantedType);
		Pages pages = Pages.of(page, found.size(), PAGE_SIZE);

		model.addAttribute("asOf", date);
		model.addAttribute("query", query);
		model.addAttribute("provinces", provinces);
		model.addAttribute("types", Government.TYPES);
		model.addAttribute("total", all.size());
		model.addAttribute("filtered", query.filtered());
		model.addAttribute("found", found.size());
		model.addAttribute("rows", found.subList(pages.from(), pages.to()));
		model.addAttribute("pages", pages);
		model.addAttribute("names", all.stream().collect(Collectors.toMap(Government::code, Function.identity())));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return htmx && !historyRestore ? "region/directory-update" : "region/directory";
	}

	@GetMapping("/governments/{code}")
	String government(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale, Model model) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		// every lookup below (parent, children, each code period's predecessors and successors) in memory
		DirectorySnapshot snapshot = directory.snapshot();
		Government government = snapshot.find(code, date)
			.orElseThrow(() -> GovernmentApiController.notFound(code, date));
		model.addAttribute("asOf", date);
		model.addAttribute("asOfGiven", asOf != null);
		model.addAttribute("government", government);
		model.addAttribute("abolished", !government.validOn(date));
		Government parent = Optional.ofNullable(government.parentCode()).flatMap(p -> snapshot.find(p, date)).orElse(null);
		model.addAttribute("parent", parent);
		// 남구 alone could be Busan's, Daegu's, Incheon's, Gwangju's or Ulsan's: the name goes with its parent then
		boolean ambiguous = parent != null && snapshot.list(date, Government.BASIC, null).stream()
			.filter(g -> g.nameKo().equals(government.nameKo()))
			.count() > 1;
		model.addAttribute("namedWith", ambiguous ? parent : null);
		model.addAttribute("children", government.isMetro() && government.validOn(date)
				? snapshot.list(date, Government.BASIC, government.code()) : List.of());
		model.addAttribute("history",
				snapshot.codeHistory(government.id()).stream().map(p -> historyRow(snapshot, p)).toList());
		model.addAttribute("links",
				pageLinks.orderedStream().flatMap(links -> links.linksFor(government.id(), locale).stream()).toList());
		return "region/government";
	}

	/** One code period with its parent and the periods it continues and that continue it, as they were then. */
	record HistoryRow(Government period, Government parent, List<Government> predecessors,
			List<Government> successors) {
	}

	private static HistoryRow historyRow(DirectorySnapshot directory, Government period) {
		GovernmentDirectory.Succession succession = directory.succession(period.code());
		List<Government> predecessors = new ArrayList<>();
		succession.predecessorCodes()
			.forEach(code -> directory.find(code, period.validFrom().minusDays(1)).ifPresent(predecessors::add));
		List<Government> successors = new ArrayList<>();
		if (period.validTo() != null) {
			succession.successorCodes()
				.forEach(code -> directory.find(code, period.validTo().plusDays(1)).ifPresent(successors::add));
		}
		Government parent = period.parentCode() == null ? null
				: directory.find(period.parentCode(), period.validFrom()).orElse(null);
		return new HistoryRow(period, parent, predecessors, successors);
	}

	/**
	 * The province filter as it applies on the date. A code the province had on another date finds it
	 * (45000 is 52000 전북특별자치도 in 2026); one that names no metro government on the date (a merged
	 * province, a date before it existed) is dropped, as the select of that date cannot show it. A code
	 * that was never a metro government's is bad input.
	 */
	private static Government chosenProvince(DirectorySnapshot directory, String code, LocalDate date,
			List<Government> provinces) {
		if (code == null) {
			return null;
		}
		Optional<Government> found = directory.find(code, date);
		if (found.isEmpty() ? directory.find(code, LAST_DAY).filter(Government::isMetro).isEmpty()
				: !found.get().isMetro()) {
			throw new InvalidInputException("'province' 값 '" + code + "'" + KoreanParticles.after(code, "은") + " 시·도 코드가 아닙니다.",
					List.of(new FieldProblem("province", "시·도 목록에서 고르세요.")));
		}
		return found.filter(provinces::contains).orElse(null);
	}

	/** By name in either language, or by any code the government has had (45210 finds 김제시, now 52210). */
	private static boolean matches(Government g, String search, DirectorySnapshot snapshot) {
		if (search.isEmpty()) {
			return true;
		}
		String lower = search.toLowerCase(Locale.ROOT);
		return g.nameKo().contains(search) || g.nameEn().toLowerCase(Locale.ROOT).contains(lower)
				|| snapshot.codeHistory(g.id()).stream().anyMatch(period -> period.code().startsWith(search));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The filter as given, to write links that keep it (pages, the CSV); empty values are left out. */
	record DirectoryQuery(LocalDate asOf, String q, String province, String type) {

		public boolean filtered() {
			return !q.isEmpty() || province != null || type != null;
		}

		public String page(int page) {
			return UriComponentsBuilder.fromPath("/governments")
				.queryParamIfPresent("q", Optional.of(q).filter(s -> !s.isEmpty()))
				.queryParamIfPresent("province", Optional.ofNullable(province))
				.queryParamIfPresent("type", Optional.ofNullable(type))
				.queryParamIfPresent("asOf", Optional.ofNullable(asOf))
				.queryParamIfPresent("page", Optional.of(page).filter(n -> n > 1))
				.build()
				.encode()
				.toUriString();
		}
	}

	/**
	 * Which page of the results is shown (clamped into the pages there are) and the page numbers to link:
	 * the first, the last and two either side of the current one; 0 stands for a gap.
	 */
	record Pages(int current, int last, int from, int to, List<Integer> numbers) {

		static Pages of(int requested, int items, int size) {
			int last = Math.max(1, (items + size - 1) / size);
			int current = Math.min(Math.max(requested, 1), last);
			List<Integer> numbers = new ArrayList<>();
			for (int n = 1; n <= last; n++) {
				if (n == 1 || n == last || Math.abs(n - current) <= 2) {
					numbers.add(n);
				}
				else if (numbers.get(numbers.size() - 1) != 0) {
					numbers.add(0);
				}
			}
			return new Pages(current, last, Math.min((current - 1) * size, items), Math.min(current * size, items),
					numbers);
		}
	}
}
