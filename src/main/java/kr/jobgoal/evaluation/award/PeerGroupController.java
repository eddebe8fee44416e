package kr.jobgoal.evaluation.award;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.evaluation.award.AwardYear.PeerGroup;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's peer-group page of an award year: each category's groups with their members, and the
 * forms to add, rename and delete a group and to move governments into one. What may be changed is decided
 * in {@link PeerGroupEditing}.
 */
@Controller
class PeerGroupController {

	static final String PATH = AwardAdminController.PATH + "/peer-groups";

	private final PeerGroupEditing editing;

	private final GovernmentDirectory directory;

	private final CurrentUsers users;

	PeerGroupController(PeerGroupEditing editing, GovernmentDirectory directory, CurrentUsers users) {
		this.editing = editing;
		this.directory = directory;
		this.users = users;
	}

	@GetMapping(PATH)
	String page(@PathVariable int year, Model model, Locale locale) {
		return show(year, model, locale);
	}

	@PostMapping(PATH + "/add")
	String add(@PathVariable int year, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameKo,
			@RequestParam(defaultValue = "") String nameEn, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("input", Map.of("code", code, "nameKo", nameKo, "nameEn", nameEn));
		return act(year, "add:" + category, model, locale, response,
				() -> editing.add(users.require(), year, category, code.strip(), nameKo, nameEn));
	}

	@PostMapping(PATH + "/rename")
	String rename(@PathVariable int year, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String nameKo,
			@RequestParam(defaultValue = "") String nameEn, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("input", Map.of("nameKo", nameKo, "nameEn", nameEn));
		return act(year, "rename:" + category + ":" + group, model, locale, response,
				() -> editing.rename(users.require(), year, category, group, nameKo, nameEn));
	}

	@PostMapping(PATH + "/delete")
	String delete(@PathVariable int year, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String group, Model model, Locale locale, HttpServletResponse response) {
		return act(year, "delete:" + category + ":" + group, model, locale, response,
				() -> editing.delete(users.require(), year, category, group));
	}

	/** Governments typed as codes (separated by commas, spaces or lines) into the chosen group of the category. */
	@PostMapping(PATH + "/move")
	String move(@PathVariable int year, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "") String governments,
			Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("input", Map.of("group", group, "governments", governments));
		return act(year, "move:" + category, model, locale, response, () -> {
			if (governments.length() > PeerGroupEditing.MAX_CODES * 6) {
				throw new InvalidInputException("지자체 코드가 너무 깁니다.", List.of(new FieldProblem("governments",
						"지자체 코드를 " + PeerGroupEditing.MAX_CODES + "개 이하로 입력하세요.")));
			}
			List<String> codes = Arrays.stream(governments.split("[\\s,]+")).filter(c -> !c.isBlank()).toList();
			model.addAttribute("moved", editing.move(users.require(), year, category, group, codes));
		});
	}

	/**
	 * Runs a write and shows the page again: a refusal for its content is a 400 with the reasons beside the form
	 * that was sent ({@code form}), and its input kept.
	 */
	private String act(int year, String form, Model model, Locale locale, HttpServletResponse response, Runnable write) {
		try {
			write.run();
			model.addAttribute("done", form);
			model.addAttribute("input", Map.of());
		}
		catch (InvalidInputException e) {
			AwardAdminController.refused(e, model, response);
			model.addAttribute("form", form);
		}
		return show(year, model, locale);
	}

	private String show(int year, Model model, Locale locale) {
		AwardYear award = editing.read(users.require(), year);
		LocalDate asOf = LocalDate.of(year - 1, 12, 31);
		DirectorySnapshot names = directory.snapshot();
		// each group's members by name, in code order
		Map<Long, String> members = new LinkedHashMap<>();
		for (AwardYear.Category c : award.categories()) {
			for (PeerGroup g : c.peerGroups()) {
				members.put(g.id(), String.join(", ", g.members().entrySet().stream()
					.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
					.map(m -> names.findById(m.getKey(), asOf).map(gov -> names.listName(gov, asOf, locale)).orElse(m.getValue())
							+ " (" + m.getValue() + ")")
					.toList()));
			}
		}
		model.addAttribute("award", award);
		model.addAttribute("members", members);
		if (!model.containsAttribute("input")) {
			model.addAttribute("input", Map.of());
		}
		return "evaluation/peer-groups";
	}
}
