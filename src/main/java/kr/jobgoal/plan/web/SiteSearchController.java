package kr.jobgoal.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.ProgramSearch;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site search of the header ({@code /search?q=}): governments by any name or code they have had (45210
 * and 52210 both find 김제시) and programs of disclosed plans by name or department, newest year first,
 * paged. The directory in memory and one statement for the programs.
 */
@Controller
class SiteSearchController {

	/** Longest search text accepted, in characters. */
	static final int MAX_QUERY = 100;

	static final int PAGE_SIZE = 20;

	static final int MAX_PAGE = 10_000;

	private final GovernmentDirectory directory;

	private final ProgramSearch programs;

	private final Clock clock;

	SiteSearchController(GovernmentDirectory directory, ProgramSearch programs, Clock clock) {
		this.directory = directory;
		this.programs = programs;
		this.clock = clock;
	}

	/** A government found, as it is today (or was last), with its parent to tell 부산 남구 from 대구 남구. */
	record GovernmentHit(Government government, Government parent, String matchedCode) {
	}

	/** A program found, with its government as it was in the plan's year and its name as a list shows it then. */
	record ProgramHit(ProgramSearch.Hit hit, Government government, String listName) {
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") String page, Model model,
			Locale locale) {
		String text = q == null ? "" : q.strip();
		if (text.codePointCount(0, text.length()) > MAX_QUERY) {
			throw new InvalidInputException("검색어가 너무 깁니다.",
					List.of(new FieldProblem("q", "검색어는 " + MAX_QUERY + "자 이내로 입력하세요.")));
		}
		int requested = page(page);
		model.addAttribute("q", text);
		if (text.isEmpty()) {
			return "plan/search";
		}
		LocalDate today = LocalDate.now(clock);
		DirectorySnapshot snapshot = directory.snapshot();
		model.addAttribute("governments", governments(snapshot, text, today));

		ProgramSearch.Filter filter = new ProgramSearch.Filter(text, null, null, null);
		ProgramSearch.Found found = programs.find(filter, (requested - 1) * PAGE_SIZE, PAGE_SIZE);
		int last = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (found.hits().isEmpty() && requested > last) {
			requested = last;
			found = programs.find(filter, (requested - 1) * PAGE_SIZE, PAGE_SIZE);
		}
		model.addAttribute("programs", found.hits().stream().map(hit -> {
			LocalDate date = PlanPeriod.annual(hit.year()).referenceDate();
			Government government = snapshot.findById(hit.governmentId(), date).orElseThrow();
			return new ProgramHit(hit, government, snapshot.listName(government, date, locale));
		}).toList());
		model.addAttribute("programTotal", found.total());
		model.addAttribute("current", requested);
		model.addAttribute("last", last);
		model.addAttribute("prevLink", pageLink(text, requested - 1));
		model.addAttribute("nextLink", pageLink(text, requested + 1));
		return "plan/search";
	}

	/** The link to a page of the results. */
	private static String pageLink(String q, int page) {
		return UriComponentsBuilder.fromPath("/search")
			.queryParam("q", q)
			.queryParamIfPresent("page", Optional.of(page).filter(n -> n > 1))
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * Governments any of whose code periods has a name containing the text or a code beginning with it, each once,
	 * as it is today (its last period when abolished), metro governments first, then by code.
	 */
	private static List<GovernmentHit> governments(DirectorySnapshot snapshot, String text, LocalDate today) {
		String lower = text.toLowerCase(Locale.ROOT);
		Set<Long> ids = new LinkedHashSet<>();
		List<GovernmentHit> hits = new ArrayList<>();
		for (Government period : allPeriods(snapshot, today)) {
			if (ids.contains(period.id())) {
				continue;
			}
			boolean byName = period.nameKo().contains(text) || period.nameEn().toLowerCase(Locale.ROOT).contains(lower);
			boolean byCode = period.code().startsWith(text);
			if (!byName && !byCode) {
				continue;
			}
			ids.add(period.id());
			Government now = snapshot.findById(period.id(), today).orElse(period);
			Government parent = now.parentCode() == null ? null : snapshot.find(now.parentCode(), today).orElse(null);
			hits.add(new GovernmentHit(now, parent, byCode && !now.code().equals(period.code()) ? period.code() : null));
		}
		hits.sort(Comparator.comparing((GovernmentHit h) -> !h.government().isMetro())
			.thenComparing(h -> h.government().code()));
		return hits;
	}

	/**
	 * Every code period of every government: those of today's governments (the period valid today first, so a
	 * match names today's code), then those of governments merged into them and abolished, which the directory
	 * reaches through the codes that today's codes continue from.
	 */
	private static List<Government> allPeriods(DirectorySnapshot snapshot, LocalDate today) {
		Set<Long> ids = new LinkedHashSet<>();
		List<Government> current = snapshot.list(today, null, null);
		current.forEach(g -> ids.add(g.id()));
		for (Government g : current) {
			for (Government period : snapshot.codeHistory(g.id())) {
				snapshot.succession(period.code())
					.predecessorCodes()
					.forEach(code -> snapshot.find(code, today).ifPresent(old -> ids.add(old.id())));
			}
		}
		List<Government> periods = new ArrayList<>();
		for (long id : ids) {
			List<Government> history = new ArrayList<>(snapshot.codeHistory(id));
			history.sort(Comparator.comparing((Government p) -> !p.validOn(today)));
			periods.addAll(history);
		}
		return periods;
	}

	private static int page(String value) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= 1 && n <= MAX_PAGE) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// refused below, as any number out of range
		}
		throw new InvalidInputException("'page' 값은 1부터 " + MAX_PAGE + "까지의 정수여야 합니다.",
				List.of(new FieldProblem("page", "1부터 " + MAX_PAGE + "까지의 정수를 입력하세요.")));
	}
}
