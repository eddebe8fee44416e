package kr.jobgoal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of disclosed plans: a plan, its versions and their differences, a government's and a province's plans, the national status board. */
@Controller
class PlanPageController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanService service;

	private final PlanStatusBoard board;

	private final PlanOverviews plans;

	private final GovernmentDirectory directory;

	private final PlanMessages messages;

	private final Clock clock;

	PlanPageController(PlanService service, PlanStatusBoard board, PlanOverviews plans, GovernmentDirectory directory,
			PlanMessages messages, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.board = board;
		this.plans = plans;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/governments/{code}/plans/{year}")
	String latest(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		StoredVersion version = service.latestDisclosed(new PlanKey(government.id(), period))
			.orElseThrow(() -> notDisclosed(government, period, locale));
		return plan(government, version, model, locale);
	}

	@GetMapping("/governments/{code}/plans/{year}/versions/{version}")
	String version(@PathVariable String code, @PathVariable String year, @PathVariable int version, Model model,
			Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		StoredVersion found = service.disclosed(new PlanKey(government.id(), period), version)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noVersion", locale,
					PlanPages.title(government, period, messages, locale), version)));
		return plan(government, found, model, locale);
	}

	private String plan(Government government, StoredVersion version, Model model, Locale locale) {
		List<StoredVersion> versions = service.disclosedVersions(version.key());
		PlanPages.plan(model, government, version, versions, messages, locale);
		return "plan/plan";
	}

	@GetMapping("/governments/{code}/plans/{year}/versions")
	String versions(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		List<StoredVersion> versions = service.disclosedVersions(new PlanKey(government.id(), period));
		if (versions.isEmpty()) {
			throw notDisclosed(government, period, locale);
		}
		PlanPages.heading(model, government, period, messages, locale);
		model.addAttribute("versions", versions);
		model.addAttribute("demo", versions.get(0).demo());
		return "plan/versions";
	}

	@GetMapping("/governments/{code}/plans/{year}/diff")
	String diff(@PathVariable String code, @PathVariable String year, @RequestParam int from, @RequestParam int to,
			Model model, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		PlanKey key = new PlanKey(government.id(), period);
		String title = PlanPages.title(government, period, messages, locale);
		StoredVersion older = service.disclosed(key, from)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noVersion", locale, title, from)));
		StoredVersion newer = service.disclosed(key, to)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noVersion", locale, title, to)));
		PlanPages.heading(model, government, period, messages, locale);
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		model.addAttribute("versions", service.disclosedVersions(key));
		model.addAttribute("changes", PlanPages.changes(PlanDiff.between(older.content(), newer.content()), messages, locale));
		model.addAttribute("demo", newer.demo());
		return "plan/diff";
	}

	@GetMapping("/governments/{code}/plans/{year}/excel")
	ResponseEntity<byte[]> excel(@PathVariable String code, @PathVariable String year,
			@RequestParam(required = false) Integer version, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		PlanKey key = new PlanKey(government.id(), period);
		StoredVersion found = (version == null ? service.latestDisclosed(key) : service.disclosed(key, version))
			.orElseThrow(() -> notDisclosed(government, period, locale));
		return workbook(service.workbook(government, found), government, period, "v" + found.version());
	}

	static ResponseEntity<byte[]> workbook(byte[] bytes, Government government, PlanPeriod period, String suffix) {
		String filename = "plan-" + government.code() + "-" + period.slug() + "-" + suffix + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(bytes);
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
	String board(@PathVariable String year, @RequestParam(required = false) String province, Model model, Locale locale) {
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
		model.addAttribute("board", board.annual(y, chosen, today));
		model.addAttribute("today", today);
		return "plan/board";
	}

	private int checkedYear(int year, Locale locale) {
		return period(Integer.toString(year), locale).value();
	}

	private PlanPeriod period(String text, Locale locale) {
		return PlanPeriod.parse(text)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.badPeriod", locale, text)));
	}

	private NotFoundException notDisclosed(Government government, PlanPeriod period, Locale locale) {
		return new NotFoundException(
				messages.get("plan.page.notDisclosed", locale, PlanPages.title(government, period, messages, locale)));
	}
}
