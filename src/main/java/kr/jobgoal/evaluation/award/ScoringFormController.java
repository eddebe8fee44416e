package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Input;
import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYearService.ScoreEntry;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluator's pages: the governments assigned to them and, per government, the form of its qualitative
 * criteria with the frozen inputs beside it; save keeps the scores editable, submit hands them in (the
 * administrator can reopen). Who may score what is decided by {@link AwardYearService#score}, not here.
 */
@Controller
class ScoringFormController {

	static final String PATH = "/evaluations/{year}/scoring";

	private final AwardYearService service;

	private final AwardYearRepository repository;

	private final GovernmentDirectory directory;

	private final CurrentUsers users;

	ScoringFormController(AwardYearService service, AwardYearRepository repository, GovernmentDirectory directory,
			CurrentUsers users) {
		this.service = service;
		this.repository = repository;
		this.directory = directory;
		this.users = users;
	}

	record Assigned(String code, String name) {
	}

	@GetMapping(PATH)
	String assigned(@PathVariable int year, Model model) {
		AwardYear award = service.require(year);
		DirectorySnapshot names = directory.snapshot();
		java.time.LocalDate asOf = java.time.LocalDate.of(year - 1, 12, 31);
		List<Assigned> governments = service.assignedTo(users.require(), year).stream()
			.map(code -> new Assigned(code, names.find(code, asOf).map(g -> g.nameKo()).orElse(code))).toList();
		model.addAttribute("award", award);
		model.addAttribute("governments", governments);
		return "evaluation/scoring-list";
	}

	@GetMapping(PATH + "/{code}")
	String form(@PathVariable int year, @PathVariable String code, Model model) {
		CurrentUser user = users.require();
		Map<String, Score> own = service.ownScores(user, year, code);
		Map<String, String> values = new LinkedHashMap<>();
		own.forEach((field, s) -> {
			values.put("score." + field, s.score().toPlainString());
			values.put("comment." + field, s.comment() == null ? "" : s.comment());
		});
		return show(year, code, values, own.values().stream().anyMatch(Score::submitted), model);
	}

	@PostMapping(PATH + "/{code}")
	String save(@PathVariable int year, @PathVariable String code, @RequestParam Map<String, String> parameters,
			Model model, HttpServletResponse response) {
		CurrentUser user = users.require();
		boolean submit = "submit".equals(parameters.get("action"));
		AwardYear award = service.require(year);
		List<ScoreEntry> entries = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Category c : award.categories()) {
			for (CriterionRow r : c.criteria()) {
				if (!r.method().qualitative()) {
					continue;
				}
				String field = c.code() + "." + r.code();
				String text = parameters.getOrDefault("score." + field, "").strip();
				BigDecimal score = null;
				if (!text.isEmpty()) {
					if (text.length() > 8 || !text.matches("[0-9]+(\\.[0-9]+)?")) {
						errors.put("score." + field, "점수는 숫자로 쓰세요 (예: 18.5).");
						continue;
					}
					score = new BigDecimal(text);
				}
				entries.add(new ScoreEntry(field, score, parameters.get("comment." + field)));
			}
		}
		if (errors.isEmpty()) {
			try {
				service.score(user, year, code, entries, submit);
				model.addAttribute("saved", submit ? "submitted" : "saved");
			}
			catch (InvalidInputException e) {
				e.errors().forEach(p -> errors.put(p.field().endsWith(".comment")
						? "comment." + p.field().substring(0, p.field().length() - ".comment".length())
						: "score." + p.field(), p.message()));
				model.addAttribute("error", e.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", errors);
		}
		Map<String, String> values = new LinkedHashMap<>(parameters);
		return show(year, code, values, errors.isEmpty() && submit, model);
	}

	private String show(int year, String code, Map<String, String> values, boolean submitted, Model model) {
		AwardYear award = service.require(year);
		long governmentId = AwardYearService.governmentIds(award).getOrDefault(code, -1L);
		List<Input> inputs = governmentId < 0 ? List.of() : repository.inputs(year, governmentId);
		model.addAttribute("award", award);
		model.addAttribute("code", code);
		model.addAttribute("name", directory.find(code, java.time.LocalDate.of(year - 1, 12, 31)).map(g -> g.nameKo()).orElse(code));
		model.addAttribute("inputs", inputs);
		model.addAttribute("values", values);
		model.addAttribute("submitted", submitted);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "evaluation/scoring-form";
	}
}
