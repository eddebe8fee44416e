package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.evaluation.award.FirstStage.Entry;
import kr.jobgoal.evaluation.award.FirstStage.ProvinceBoard;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 1차's pages: the provincial reviewer's scoring of their province's basic governments, and the
 * administrator's page with the number of nominations, every province's progress, the closing and the
 * nominees. Every rule is {@link FirstStage}'s; a refusal for its content is a 400 with the input kept.
 */
@Controller
class FirstStageController {

	static final String REVIEW = "/evaluations/{year}/first-stage";

	static final String ADMIN = "/admin/awards/{year}/first-stage";

	private final FirstStage firstStage;

	private final AwardYearService service;

	private final CurrentUsers users;

	FirstStageController(FirstStage firstStage, AwardYearService service, CurrentUsers users) {
		this.firstStage = firstStage;
		this.service = service;
		this.users = users;
	}

	// --- the provincial reviewer

	@GetMapping(REVIEW)
	String province(@PathVariable int year, Model model) {
		ProvinceBoard board = firstStage.province(users.require(), year);
		Map<String, String> values = new LinkedHashMap<>();
		board.rows().forEach(r -> {
			values.put("score." + r.code(), r.ownScore() == null ? "" : r.ownScore().toPlainString());
			values.put("comment." + r.code(), r.ownComment() == null ? "" : r.ownComment());
		});
		return showProvince(board, values, Map.of(), model);
	}

	@PostMapping(REVIEW)
	String score(@PathVariable int year, @RequestParam Map<String, String> parameters, Model model,
			HttpServletResponse response) {
		CurrentUser user = users.require();
		boolean submit = "submit".equals(parameters.get("action"));
		ProvinceBoard before = firstStage.province(user, year);
		List<Entry> entries = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (FirstStage.Row row : before.rows()) {
			String text = parameters.getOrDefault("score." + row.code(), "").strip();
			BigDecimal score = null;
			if (!text.isEmpty()) {
				if (text.length() > 6 || !text.matches("[0-9]+(\\.[0-9]+)?")) {
					errors.put("score." + row.code(), "점수는 숫자로 쓰세요 (예: 87.5).");
					continue;
				}
				score = new BigDecimal(text);
			}
			entries.add(new Entry(row.code(), score, parameters.get("comment." + row.code())));
		}
		ProvinceBoard board = before;
		String refusal = errors.isEmpty() ? null : "1차 점수를 저장하지 못했습니다. 표시된 칸을 고치세요.";
		if (refusal == null) {
			try {
				firstStage.score(user, year, entries, submit);
				model.addAttribute("saved", submit ? "submitted" : "saved");
				board = firstStage.province(user, year);
			}
			catch (InvalidInputException e) {
				e.errors().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
				refusal = e.getMessage();
			}
		}
		if (refusal != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", refusal);
		}
		return showProvince(board, new LinkedHashMap<>(parameters), errors, model);
	}

	private String showProvince(ProvinceBoard board, Map<String, String> values, Map<String, String> errors, Model model) {
		model.addAttribute("board", board);
		model.addAttribute("award", board.award());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "evaluation/first-stage";
	}

	// --- the administrator

	@GetMapping(ADMIN)
	String admin(@PathVariable int year, Model model) {
		return showAdmin(year, model);
	}

	@PostMapping(ADMIN + "/nominations")
	String nominations(@PathVariable int year, @RequestParam(required = false) String perProvince, Model model,
			HttpServletResponse response) {
		return act(year, model, response, () -> {
			String text = perProvince == null ? "" : perProvince.strip();
			Integer n = null;
			if (!text.isEmpty()) {
				if (!text.matches("[0-9]{1,3}")) {
					throw new InvalidInputException("시·도별 추천 수는 정수로 쓰세요.",
							List.of(new FieldProblem("perProvince", "1부터 " + FirstStage.MAX_NOMINATIONS
									+ "까지의 정수를 쓰거나, 1차가 없으면 비워 두세요.")));
				}
				n = Integer.valueOf(text);
			}
			firstStage.setNominations(users.require(), year, n);
			model.addAttribute("done", "nominations");
		});
	}

	@PostMapping(ADMIN + "/close")
	String close(@PathVariable int year, @RequestParam(required = false) String confirm, Model model,
			HttpServletResponse response) {
		return act(year, model, response, () -> {
			if (!"yes".equals(confirm)) {
				throw new InvalidInputException("1차를 마감하려면 확인란을 선택하세요.",
						List.of(new FieldProblem("close", "마감하면 1차 점수와 추천을 바꿀 수 없음을 확인하세요.")));
			}
			model.addAttribute("nominated", firstStage.close(users.require(), year));
			model.addAttribute("done", "close");
		});
	}

	@PostMapping(ADMIN + "/reopen")
	String reopen(@PathVariable int year, @RequestParam(required = false) String province,
			@RequestParam(required = false) String reviewer, Model model, HttpServletResponse response) {
		return act(year, model, response, () -> {
			firstStage.reopen(users.require(), year, province == null ? "" : province.strip(),
					reviewer == null ? "" : reviewer.strip());
			model.addAttribute("done", "reopen");
		});
	}

	private String act(int year, Model model, HttpServletResponse response, Runnable write) {
		try {
			write.run();
		}
		catch (InvalidInputException e) {
			AwardAdminController.refused(e, model, response);
		}
		return showAdmin(year, model);
	}

	private String showAdmin(int year, Model model) {
		CurrentUser user = users.require();
		AwardYearService.requireAdmin(user);
		AwardYear award = service.require(year);
		model.addAttribute("award", award);
		model.addAttribute("progress", award.hasFirstStage() ? firstStage.progress(user, year) : List.of());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "evaluation/first-stage-admin";
	}
}
