package kr.jobgoal.evaluation.award;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
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
 * The administrator's assignment page of an award year: who scores which government (by hand, or evenly by
 * rule), and the tracker of scores still missing. What may be assigned is decided in {@link EvaluatorAssignments}.
 */
@Controller
class AssignmentController {

	static final String PATH = AwardAdminController.PATH + "/assignments";

	private final EvaluatorAssignments assignments;

	private final GovernmentDirectory directory;

	private final CurrentUsers users;

	AssignmentController(EvaluatorAssignments assignments, GovernmentDirectory directory, CurrentUsers users) {
		this.assignments = assignments;
		this.directory = directory;
		this.users = users;
	}

	@GetMapping(PATH)
	String board(@PathVariable int year, Model model, Locale locale) {
		return show(year, model, locale);
	}

	/** One evaluator to the governments typed as codes (separated by commas, spaces or lines). */
	@PostMapping(PATH)
	String assign(@PathVariable int year, @RequestParam(defaultValue = "") String evaluator,
			@RequestParam(defaultValue = "") String governments, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("handEvaluator", evaluator);
		model.addAttribute("handGovernments", governments);
		return act(year, model, locale, response, () -> {
			if (governments.length() > EvaluatorAssignments.MAX_CODES * 6) {
				throw new InvalidInputException("지자체 코드가 너무 깁니다.", List.of(new FieldProblem("governments",
						"지자체 코드를 " + EvaluatorAssignments.MAX_CODES + "개 이하로 입력하세요.")));
			}
			List<String> codes = Arrays.stream(governments.split("[\\s,]+")).filter(c -> !c.isBlank()).toList();
			int added = assignments.assign(users.require(), year, evaluator.trim(), codes);
			model.addAttribute("done", added);
		});
	}

	/** The chosen evaluators spread evenly over every government of the year. */
	@PostMapping(PATH + "/even")
	String assignEvenly(@PathVariable int year, @RequestParam(defaultValue = "") List<String> evaluators,
			@RequestParam(defaultValue = "") String perGovernment, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("chosen", evaluators);
		model.addAttribute("perGovernment", perGovernment);
		return act(year, model, locale, response, () -> {
			int count;
			try {
				count = Integer.parseInt(perGovernment.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("지자체마다 배정할 평가위원 수를 정수로 입력하세요.",
						List.of(new FieldProblem("perGovernment", "1부터 " + EvaluatorAssignments.MAX_PER_GOVERNMENT
								+ "까지의 정수를 입력하세요.")));
			}
			if (evaluators.size() > 200) {
				throw new InvalidInputException("평가위원을 너무 많이 골랐습니다.",
						List.of(new FieldProblem("evaluators", "평가위원을 200명 이하로 고르세요.")));
			}
			model.addAttribute("done", assignments.assignEvenly(users.require(), year, evaluators, count));
		});
	}

	/** A refusal for its content is a 400 with the reasons beside the form, and the input kept. */
	private String act(int year, Model model, Locale locale, HttpServletResponse response, Runnable write) {
		try {
			write.run();
		}
		catch (InvalidInputException e) {
			AwardAdminController.refused(e, model, response);
		}
		return show(year, model, locale);
	}

	private String show(int year, Model model, Locale locale) {
		EvaluatorAssignments.Board board = assignments.board(users.require(), year);
		LocalDate asOf = LocalDate.of(year - 1, 12, 31);
		DirectorySnapshot names = directory.snapshot();
		Map<String, String> governmentNames = new LinkedHashMap<>();
		AwardYearService.governmentIds(board.award()).keySet().forEach(code -> governmentNames.put(code,
				names.find(code, asOf).map(g -> names.listName(g, asOf, locale)).orElse(code)));
		Map<Long, String> affiliations = new LinkedHashMap<>();
		board.evaluators().stream().filter(e -> e.affiliationId() != null).forEach(e -> affiliations.put(e.affiliationId(),
				names.findById(e.affiliationId(), asOf).map(g -> names.listName(g, asOf, locale)).orElse("")));
		model.addAttribute("award", board.award());
		model.addAttribute("board", board);
		Map<String, String> missingNames = new LinkedHashMap<>();
		board.evaluators().forEach(e -> missingNames.put(e.username(), named(e.missing(), governmentNames)));
		model.addAttribute("missingNames", missingNames);
		model.addAttribute("unassignedNames", named(board.unassigned(), governmentNames));
		model.addAttribute("affiliations", affiliations);
		return "evaluation/assignments";
	}

	private static String named(List<String> codes, Map<String, String> names) {
		return String.join(", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
	}
}
