package kr.jobgoal.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.service.PlanOverviews;
import kr.jobgoal.plan.service.PlanStatusBoard;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Where plans stand: the national status board of a year and a government's plans by period (public pages). */
@Controller
class PlanBoardController {

	/** Rows on a page of the national status board. */
	static final int BOARD_PAGE_SIZE = 50;

	private final PlanStatusBoard board;

	private final PlanOverviews plans;

	private final GovernmentDirectory directory;

	private final PlanMessages messages;

	private final Clock clock;

	PlanBoardController(PlanStatusBoard board, PlanOverviews plans, GovernmentDirectory directory,
			PlanMessages messages, Clock clock) {
		this.board = board;
		this.plans = plans;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** A government's plans by period and, for a metro government, its basic governments' annual plans of a year. */
	@GetMapping("/governments/{code}/plans")
	String governmentPlans(@PathVariable String code, @RequestParam(required = false) Integer year, Model model,
			Locale locale) {
		LocalDate today = LocalDate.now(clock);
		Government government = directory.find(code, today)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noGovernment", locale, code)));
		model.addAttribute("government", government);
		model.addAttribute("governmentName", PlanPages.name(government, locale));
		model.addAttribute("periods", plans.latestVersionsOf(government.id()).entrySet().stream()
			.map(p -> new PlanPages.PeriodLink(p.getKey(), PlanPages.periodLabel(p.getKey(), messages, locale), p.getValue()))
			.toList());
		if (government.isMetro()) {
			int shown = year != null ? checkedYear(year, locale) : plans.latestAnnualYear().orElse(today.getYear());
			Government then = directory.findById(government.id(), PlanPeriod.annual(shown).referenceDate()).orElse(government);
			model.addAttribute("year", shown);
			model.addAttribute("board", board.annual(shown, then.code(), today));
		}
		return "plan/government-plans";
	}

	@GetMapping("/plans")
	String board(Model model) {
		return "redirect:/plans/" + plans.latestAnnualYear().orElse(LocalDate.now(clock).getYear());
	}

	@GetMapping("/plans/{year}")
	String board(@PathVariable String year, @RequestParam(required = false) String province,
			@RequestParam(required = false) String status, @RequestParam(required = false) String page, Model model,
			Locale locale) {
		PlanPeriod period = period(year, locale);
		if (!period.annual()) {
			throw new NotFoundException(messages.get("plan.page.badPeriod", locale, year));
		}
		int y = period.value();
		LocalDate today = LocalDate.now(clock);
		List<Government> provinces = directory.list(PlanPeriod.annual(y).referenceDate(), Government.METRO, null);
		String chosen = province == null || province.isBlank() ? null
				: provinces.stream().filter(p -> p.code().equals(province)).findFirst().map(Government::code)
					.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noGovernment", locale, province)));
		model.addAttribute("year", y);
		model.addAttribute("province", chosen);
		model.addAttribute("provinces", provinces);
		PlanStatusBoard.Status shown = status == null || status.isBlank() ? null
				: Arrays.stream(PlanStatusBoard.Status.values()).filter(st -> st.name().equals(status)).findFirst()
					.orElseThrow(() -> new NotFoundException(messages.get("plan.board.noStatus", locale, status)));
		model.addAttribute("status", shown);
		model.addAttribute("statuses", PlanStatusBoard.Status.values());
		PlanStatusBoard.Board rows = board.annual(y, chosen, today).only(shown);
		int last = rows.pages(BOARD_PAGE_SIZE);
		int current = page == null || page.isBlank() ? 1 : boardPage(page, last, locale);
		model.addAttribute("board", rows.page(current, BOARD_PAGE_SIZE));
		model.addAttribute("current", current);
		model.addAttribute("last", last);
		model.addAttribute("query", new BoardQuery(y, chosen, shown == null ? null : shown.name()));
		model.addAttribute("today", today);
		return "plan/board";
	}

	/** The board's filter as chosen, to write page links that keep it; the first page has no number. */
	record BoardQuery(int year, String province, String status) {

		public String page(int page) {
			return UriComponentsBuilder.fromPath("/plans/{year}")
				.queryParamIfPresent("province", Optional.ofNullable(province))
				.queryParamIfPresent("status", Optional.ofNullable(status))
				.queryParamIfPresent("page", Optional.of(page).filter(n -> n > 1))
				.buildAndExpand(year)
				.encode()
				.toUriString();
		}
	}

	/** A page number from 1 to the last page; anything else is a page that is not there. */
	private int boardPage(String text, int last, Locale locale) {
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 1 && n <= last) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// not there, as a number out of range
		}
		throw new NotFoundException(messages.get("plan.board.noPage", locale, text, last));
	}

	private int checkedYear(int year, Locale locale) {
		return period(Integer.toString(year), locale).value();
	}

	private PlanPeriod period(String text, Locale locale) {
		return PlanPeriod.parse(text)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.badPeriod", locale, text)));
	}
}
