package kr.jobgoal.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.plan.service.PlanSubCategories;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A government's own program sub-categories, each mapped onto one of the six types; its officer keeps them. */
@Controller
public class SubCategoryController {

	private final PlanService service;

	private final PlanSubCategories subCategories;

	private final GovernmentDirectory directory;

	private final PlanMessages messages;

	private final Clock clock;

	public SubCategoryController(PlanService service, PlanSubCategories subCategories, GovernmentDirectory directory,
			PlanMessages messages, Clock clock) {
		this.subCategories = subCategories;
		this.clock = clock;
		this.service = service;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/governments/{code}/sub-categories")
	public String list(@PathVariable String code, Model model, Locale locale) {
		Government government = government(code, locale);
		service.requireReadDrafts(government.id());
		model.addAttribute("government", government);
		model.addAttribute("governmentName", PlanPages.name(government, locale));
		model.addAttribute("mayEdit", service.mayEdit(government.id()));
		model.addAttribute("subCategories", subCategories.subCategories(government.id()));
		model.addAttribute("types", Arrays.stream(ProgramType.values())
			.map(t -> new PlanEditorController.Option(t.name(), messages.label(t, locale)))
			.toList());
		return "plan/sub-categories";
	}

	@PostMapping("/governments/{code}/sub-categories")
	public String add(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String type, RedirectAttributes redirect, Locale locale) {
		Government government = government(code, locale);
		try {
			subCategories.addSubCategory(government.id(), name, type);
			redirect.addFlashAttribute("notice", "plan.subCategories.added");
		}
		catch (PlanValidationException e) {
			redirect.addFlashAttribute("problems",
					e.violations().stream().map(v -> messages.message(v, locale)).toList());
			redirect.addFlashAttribute("name", name);
		}
		return "redirect:/governments/" + government.code() + "/sub-categories";
	}

	@PostMapping("/governments/{code}/sub-categories/remove")
	public String remove(@PathVariable String code, @RequestParam String name, RedirectAttributes redirect, Locale locale) {
		Government government = government(code, locale);
		subCategories.removeSubCategory(government.id(), name);
		redirect.addFlashAttribute("notice", "plan.subCategories.removed");
		return "redirect:/governments/" + government.code() + "/sub-categories";
	}

	private Government government(String code, Locale locale) {
		return directory.find(code, LocalDate.now(clock))
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.noGovernment", locale, code)));
	}
}
