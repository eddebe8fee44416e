package kr.jobgoal.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.service.ProgramListing;
import kr.jobgoal.plan.ProgramSearch;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The nationwide program search page {@code /programs}: programs of the latest disclosed version of each annual
 * plan (never a draft), filtered by text, year, type and province, with their jobs created and achievement
 * as on the plan's results page. Its API is {@link ProgramSearchApiController}.
 */
@Controller
class ProgramSearchController {

	static final int PAGE_SIZE = 20;

	private final ProgramListing listing;

	private final GovernmentDirectory directory;

	private final Achievement.Display display;

	private final Clock clock;

	ProgramSearchController(ProgramListing listing, GovernmentDirectory directory, Achievement.Display display,
			Clock clock) {
		this.listing = listing;
		this.directory = directory;
		this.display = display;
		this.clock = clock;
	}

	@GetMapping("/programs")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) String year,
			@RequestParam(required = false) String type, @RequestParam(required = false) String province,
			@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
		DirectorySnapshot snapshot = directory.snapshot();
		ProgramListing.Query query = ProgramListing.query(q, year, type, province);
		int requested = ProgramListing.bounded("page", page, 1, ProgramListing.MAX_PAGE);
		ProgramSearch.Found found = listing.find(snapshot, query, (requested - 1) * PAGE_SIZE, PAGE_SIZE);
		int last = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		if (found.hits().isEmpty() && requested > last) {
			// past the end (a link from before a change): the last page there is, as the directory does
			requested = last;
			found = listing.find(snapshot, query, (requested - 1) * PAGE_SIZE, PAGE_SIZE);
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("query", query);
		model.addAttribute("rows", listing.rows(snapshot, found.hits(), locale));
		model.addAttribute("total", found.total());
		model.addAttribute("current", requested);
		model.addAttribute("last", last);
		model.addAttribute("years", ProgramListing.years(today));
		model.addAttribute("types", ProgramType.values());
		model.addAttribute("provinces", snapshot.list(today, Government.METRO, null));
		model.addAttribute("display", display);
		return "result/programs";
	}

}
