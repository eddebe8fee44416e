package kr.jobgoal.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's deadlines page: every year's dates, and a form that sets one year's. */
@Controller
class DeadlineAdminController {

	static final String PATH = "/admin/deadlines";

	/** The form as posted, kept as text so that a bad value is shown back as typed. */
	record DeadlineForm(String year, String planDue, String resultsDue) {
	}

	private final Deadlines deadlines;

	private final DeadlineAdministration administration;

	DeadlineAdminController(Deadlines deadlines, DeadlineAdministration administration) {
		this.deadlines = deadlines;
		this.administration = administration;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) String year, Model model) {
		DeadlineForm form = new DeadlineForm(null, null, null);
		if (year != null && year.matches("\\d{4}")) {
			YearDeadlines shown = deadlines.of(Integer.parseInt(year));
			form = new DeadlineForm(year, shown.planDue().toString(), shown.resultsDue().toString());
		}
		return show(model, form, Map.of());
	}

	@PostMapping(PATH)
	String change(@ModelAttribute DeadlineForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			redirect.addFlashAttribute("changed", administration.change(form.year(), form.planDue(), form.resultsDue()));
			return "redirect:" + PATH;
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.errors().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
			model.addAttribute("formError", e.getMessage());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(model, form, errors);
		}
	}

	private String show(Model model, DeadlineForm form, Map<String, String> errors) {
		model.addAttribute("years", deadlines.all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "calendar/admin-deadlines";
	}
}
