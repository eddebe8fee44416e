package kr.jobgoal.plan.web;

import java.util.List;
import java.util.Locale;

import kr.jobgoal.plan.PlanDiff;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.region.Government;
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

/**
 * The public pages of a disclosed plan: the plan, its versions and their differences, its workbook. Where plans
 * stand (the status board, a government's plans by period) is {@code PlanBoardController}.
 */
@Controller
public class PlanPageController {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanService service;

	private final PlanMessages messages;

	public PlanPageController(PlanService service, PlanMessages messages) {
		this.service = service;
		this.messages = messages;
	}

	@GetMapping("/governments/{code}/plans/{year}")
	public String latest(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		StoredVersion version = service.latestDisclosed(new PlanKey(government.id(), period))
			.orElseThrow(() -> notDisclosed(government, period, locale));
		return plan(government, version, model, locale);
	}

	@GetMapping("/governments/{code}/plans/{year}/versions/{version}")
	public String version(@PathVariable String code, @PathVariable String year, @PathVariable int version, Model model,
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
	public String versions(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
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
	public String diff(@PathVariable String code, @PathVariable String year, @RequestParam int from, @RequestParam int to,
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
	public ResponseEntity<byte[]> excel(@PathVariable String code, @PathVariable String year,
			@RequestParam(required = false) Integer version, Locale locale) {
		PlanPeriod period = period(year, locale);
		Government government = service.government(code, period);
		PlanKey key = new PlanKey(government.id(), period);
		StoredVersion found = (version == null ? service.latestDisclosed(key) : service.disclosed(key, version))
			.orElseThrow(() -> notDisclosed(government, period, locale));
		return workbook(service.workbook(government, found), government, period, "v" + found.version());
	}

	public static ResponseEntity<byte[]> workbook(byte[] bytes, Government government, PlanPeriod period, String suffix) {
		String filename = "plan-" + government.code() + "-" + period.slug() + "-" + suffix + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(bytes);
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
