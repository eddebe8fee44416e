package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.WhatIf;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's pages of an award year: its set-up (categories, peer groups, rubric, tiers, stages),
 * the snapshot, reopening an evaluator's scores, copying to a new year, confirmation, and the what-if, which
 * recomputes with other weights, caps and quotas beside the stored rules and changes nothing. Every write
 * goes through {@link AwardYearService}, which checks who may.
 */
@Controller
class AwardAdminController {

	static final String PATH = "/admin/awards/{year}";

	private final AwardYearService service;

	private final AwardResults results;

	private final GovernmentDirectory directory;

	private final CurrentUsers users;

	AwardAdminController(AwardYearService service, AwardResults results, GovernmentDirectory directory,
			CurrentUsers users) {
		this.service = service;
		this.results = results;
		this.directory = directory;
		this.users = users;
	}

	@GetMapping(PATH)
	String setup(@PathVariable int year, Model model) {
		return show(year, model);
	}

	private String show(int year, Model model) {
		AwardYear award = service.require(year);
		model.addAttribute("award", award);
		model.addAttribute("stages", service.stages(year));
		return "evaluation/admin-year";
	}

	@PostMapping(PATH + "/snapshot")
	String snapshot(@PathVariable int year, Model model, HttpServletResponse response) {
		return act(year, model, response, () -> model.addAttribute("done", "snapshot:" + service.snapshot(users.require(), year)));
	}

	@PostMapping(PATH + "/confirm")
	String confirm(@PathVariable int year, @RequestParam(required = false) String confirm, Model model,
			HttpServletResponse response) {
		return act(year, model, response, () -> {
			if (!"yes".equals(confirm)) {
				throw new InvalidInputException("확정하려면 확인란을 선택하세요.",
						List.of(new InvalidInputException.FieldProblem("confirm", "확정하려면 확인란을 선택하세요.")));
			}
			model.addAttribute("done", "confirm:" + service.confirm(users.require(), year));
		});
	}

	@PostMapping(PATH + "/reopen")
	String reopen(@PathVariable int year, @RequestParam(required = false) String code,
			@RequestParam(required = false) String evaluator, Model model, HttpServletResponse response) {
		return act(year, model, response, () -> model.addAttribute("done",
				"reopen:" + service.reopen(users.require(), year, code == null ? "" : code, evaluator == null ? "" : evaluator)));
	}

	@PostMapping(PATH + "/copy")
	String copy(@PathVariable int year, @RequestParam(required = false) String to, Model model,
			HttpServletResponse response) {
		int target;
		try {
			target = Integer.parseInt(to == null ? "" : to.strip());
		}
		catch (NumberFormatException e) {
			target = 0;
		}
		int copyTo = target;
		return act(year, model, response, () -> {
			AwardYearService.checkYearField(copyTo, "to");
			model.addAttribute("done", "copy:" + service.copy(users.require(), year, copyTo).year());
		});
	}

	/** Runs a write and shows the year again: a refusal for its content is a 400 with the reason beside the form. */
	private String act(int year, Model model, HttpServletResponse response, Runnable write) {
		try {
			write.run();
		}
		catch (InvalidInputException e) {
			refused(e, model, response);
		}
		return show(year, model);
	}

	/** A refusal for its content: a 400, the reason above the form and each field's problem beside it. */
	static void refused(InvalidInputException e, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
		model.addAttribute("error", e.getMessage());
		model.addAttribute("errors", errors);
	}

	/** A government's place in one result: its rank and its award tier (null for none). */
	record Place(int rank, String tier) {
	}

	record Row(String code, String name, Place stored, Place whatIf, boolean moved) {
	}

	record Group(String peerGroup, List<Row> rows) {
	}

	@GetMapping(PATH + "/what-if")
	String whatIf(@PathVariable int year, @RequestParam(required = false) String category,
			@RequestParam Map<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
		AwardYear award = service.require(year);
		Category chosen = award.categories().stream().filter(c -> c.code().equals(category)).findFirst()
			.orElse(award.categories().get(0));
		Map<String, String> errors = new LinkedHashMap<>();
		WhatIf changes = WhatIfForm.read(chosen, parameters, errors);
		model.addAttribute("award", award);
		model.addAttribute("category", chosen);
		model.addAttribute("values", WhatIfForm.values(chosen, parameters));
		model.addAttribute("errors", errors);
		if (errors.isEmpty()) {
			try {
				ScoringOutcome stored = award.confirmed() ? null : service.compute(award, chosen, WhatIf.NONE);
				ScoringOutcome tried = service.compute(award, chosen, changes);
				model.addAttribute("groups", compare(award, chosen, stored, tried));
			}
			catch (InvalidInputException e) {
				model.addAttribute("computeError", e.getMessage());
			}
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return htmx != null ? "evaluation/what-if :: comparison" : "evaluation/what-if";
	}

	/** Stored (confirmed) places, or for an open year the places under the stored rules, beside the what-if. */
	private List<Group> compare(AwardYear award, Category category, ScoringOutcome current, ScoringOutcome tried) {
		Map<String, Place> stored = new HashMap<>();
		if (current == null) {
			AwardResults.Confirmed confirmed = results.confirmed(award.year());
			Map<String, String> tiers = new HashMap<>();
			results.awards(confirmed).stream().filter(a -> a.category().equals(category.code()))
				.forEach(a -> tiers.put(a.governmentCode(), a.tierNameKo()));
			confirmed.rankings().stream().filter(r -> r.category().equals(category.code()))
				.forEach(r -> r.entries().forEach(e -> stored.put(e.code(), new Place(e.rank(), tiers.get(e.code())))));
		}
		else {
			stored.putAll(places(category, current));
		}
		Map<String, Place> what = places(category, tried);
		DirectorySnapshot names = directory.snapshot();
		java.time.LocalDate asOf = java.time.LocalDate.of(award.year() - 1, 12, 31);
		List<Group> groups = new ArrayList<>();
		for (ScoringOutcome.Ranking ranking : tried.rankings()) {
			List<Row> rows = new ArrayList<>();
			for (ScoringOutcome.Entry e : ranking.entries()) {
				Place before = stored.get(e.code());
				Place after = what.get(e.code());
				rows.add(new Row(e.code(), names.find(e.code(), asOf).map(g -> g.nameKo()).orElse(e.code()), before, after,
						before == null || before.rank() != after.rank() || !java.util.Objects.equals(before.tier(), after.tier())));
			}
			String name = category.peerGroups().stream().filter(g -> g.code().equals(ranking.peerGroup()))
				.map(AwardYear.PeerGroup::nameKo).findFirst().orElse(ranking.peerGroup());
			groups.add(new Group(name, rows));
		}
		return groups;
	}

	private static Map<String, Place> places(Category category, ScoringOutcome outcome) {
		Map<String, String> tierNames = new HashMap<>();
		category.tiers().forEach(t -> tierNames.put(t.code(), t.nameKo()));
		Map<String, String> awarded = new HashMap<>();
		outcome.awards().forEach(a -> awarded.put(a.code(), tierNames.get(a.tier())));
		Map<String, Place> places = new HashMap<>();
		outcome.rankings().forEach(r -> r.entries().forEach(e -> places.put(e.code(), new Place(e.rank(), awarded.get(e.code())))));
		return places;
	}

	/** The what-if form's fields: {@code max.<criterion>}, {@code cap.<criterion>}, {@code quota.<tier>}. */
	static final class WhatIfForm {

		private WhatIfForm() {
		}

		static final BigDecimal MAX_POINTS = new BigDecimal("1000");

		static final BigDecimal MAX_CAP = new BigDecimal("10");

		static WhatIf read(Category category, Map<String, String> parameters, Map<String, String> errors) {
			Map<String, BigDecimal> maxPoints = new HashMap<>();
			Map<String, BigDecimal> caps = new HashMap<>();
			Map<String, Integer> quotas = new HashMap<>();
			for (CriterionRow c : category.criteria()) {
				decimal(parameters, "max." + c.code(), new BigDecimal("0.01"), MAX_POINTS, 2, errors)
					.ifPresent(v -> maxPoints.put(c.code(), v));
				if (c.cap() != null) {
					decimal(parameters, "cap." + c.code(), new BigDecimal("0.0001"), MAX_CAP, 4, errors)
						.ifPresent(v -> caps.put(c.code(), v));
				}
			}
			for (TierRow t : category.tiers()) {
				String field = "quota." + t.code();
				String text = blankToNull(parameters.get(field));
				if (text == null) {
					continue;
				}
				if (text.length() > 3 || !text.matches("[0-9]+")) {
					errors.put(field, "0~300 사이의 정수로 쓰세요.");
					continue;
				}
				int quota = Integer.parseInt(text);
				if (quota > 300) {
					errors.put(field, "0~300 사이의 정수로 쓰세요.");
					continue;
				}
				quotas.put(t.code(), quota);
			}
			return new WhatIf(maxPoints, caps, quotas);
		}

		private static java.util.Optional<BigDecimal> decimal(Map<String, String> parameters, String field, BigDecimal min,
				BigDecimal max, int scale, Map<String, String> errors) {
			String text = blankToNull(parameters.get(field));
			if (text == null) {
				return java.util.Optional.empty();
			}
			String message = min.toPlainString() + "~" + max.toPlainString() + " 사이, 소수 " + scale + "자리까지 쓰세요.";
			if (text.length() > 12 || !text.matches("[0-9]+(\\.[0-9]+)?")) {
				errors.put(field, message);
				return java.util.Optional.empty();
			}
			BigDecimal value = new BigDecimal(text);
			if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > scale) {
				errors.put(field, message);
				return java.util.Optional.empty();
			}
			return java.util.Optional.of(value);
		}

		/** What each field shows: what was sent, else the stored value. */
		static Map<String, String> values(Category category, Map<String, String> parameters) {
			Map<String, String> values = new LinkedHashMap<>();
			for (CriterionRow c : category.criteria()) {
				values.put("max." + c.code(), parameters.getOrDefault("max." + c.code(), c.maxPoints().stripTrailingZeros().toPlainString()));
				if (c.cap() != null) {
					values.put("cap." + c.code(), parameters.getOrDefault("cap." + c.code(), c.cap().stripTrailingZeros().toPlainString()));
				}
			}
			for (TierRow t : category.tiers()) {
				values.put("quota." + t.code(), parameters.getOrDefault("quota." + t.code(), Integer.toString(t.perPeerGroup())));
			}
			return values;
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}
	}
}
