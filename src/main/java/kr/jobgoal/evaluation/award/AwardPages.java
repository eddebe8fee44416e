package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.jobgoal.evaluation.award.AwardResults.CategoryExplained;
import kr.jobgoal.evaluation.award.AwardResults.CriterionExplained;
import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredAward;
import kr.jobgoal.evaluation.award.AwardYearRepository.StoredEntry;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages of a confirmed award year: the awards with a chart, their table and each winner's points
 * per criterion; and one government's evaluation explained criterion by criterion. Reads only (a fixed
 * number of queries), so anonymous answers are cached and invalidated by {@code EvaluationConfirmed}.
 */
@Controller
class AwardPages {

	private final JsonMapper json = JsonMapper.builder().build();

	private final AwardResults results;

	private final GovernmentDirectory directory;

	private final MessageSource messages;

	AwardPages(AwardResults results, GovernmentDirectory directory, MessageSource messages) {
		this.results = results;
		this.directory = directory;
		this.messages = messages;
	}

	/** A row of the awards table: the winner, its award and its points per criterion (in the rubric's order). */
	record Winner(String code, String name, String peerGroup, String tier, BigDecimal incentive, int rank, String total,
			List<String> points) {
	}

	record CategoryAwards(String code, String name, List<String> criteria, List<Winner> winners) {
	}

	record Chart(String summary, String json) {
	}

	/** The site menu's awards: those of the latest confirmed year. */
	@GetMapping("/awards")
	String latestAwards(Locale locale) {
		return "redirect:/awards/" + results.latestConfirmedYear()
			.orElseThrow(() -> new NotFoundException(messages.getMessage("evaluation.awards.noneConfirmed", null, locale)));
	}

	@GetMapping("/awards/{year}")
	String awards(@PathVariable int year, Model model, Locale locale) {
		AwardResults.Confirmed confirmed = results.confirmed(year);
		List<StoredAward> awards = results.awards(confirmed);
		DirectorySnapshot names = directory.snapshot();
		LocalDate asOf = LocalDate.of(year - 1, 12, 31);
		Map<String, StoredEntry> entries = new HashMap<>();
		for (AwardResults.GroupRanking group : confirmed.rankings()) {
			group.entries().forEach(e -> entries.put(group.category() + "/" + e.code(), e));
		}
		List<CategoryAwards> categories = new ArrayList<>();
		Map<String, BigDecimal> incentiveByTier = new LinkedHashMap<>();
		Map<String, Integer> countByTier = new LinkedHashMap<>();
		BigDecimal incentives = BigDecimal.ZERO;
		for (Category category : confirmed.award().categories()) {
			List<Winner> winners = new ArrayList<>();
			for (StoredAward a : awards) {
				if (!a.category().equals(category.code())) {
					continue;
				}
				StoredEntry e = entries.get(category.code() + "/" + a.governmentCode());
				List<String> points = category.criteria().stream()
					.map(c -> AwardsApiController.shown(e.points().get(c.code()))).toList();
				winners.add(new Winner(a.governmentCode(), name(names, a.governmentCode(), asOf, locale), a.peerGroupNameKo(),
						tierName(a, locale), a.incentive(), e.rank(), AwardsApiController.shown(e.total()), points));
				String label = category.nameKo() + " " + tierName(a, locale);
				incentiveByTier.merge(label, a.incentive(), BigDecimal::add);
				countByTier.merge(label, 1, Integer::sum);
				incentives = incentives.add(a.incentive());
			}
			categories.add(new CategoryAwards(category.code(), category.name(locale),
					category.criteria().stream().map(c -> c.name(locale)).toList(), winners));
		}
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("kind", "bars");
		spec.put("categories", List.copyOf(countByTier.keySet()));
		spec.put("series", List.of(Map.of("name", messages.getMessage("evaluation.awards.chart.count", null, locale),
				"values", countByTier.values().stream().map(String::valueOf).toList())));
		String summary = messages.getMessage("evaluation.awards.chart.summary",
				new Object[] { year, awards.size(), String.format(Locale.ROOT, "%,d", incentives.longValueExact()) }, locale);
		model.addAttribute("year", year);
		model.addAttribute("demo", confirmed.award().demo());
		model.addAttribute("categories", categories);
		model.addAttribute("total", awards.size());
		model.addAttribute("chart", new Chart(summary, json.writeValueAsString(spec)));
		model.addAttribute("tiers", countByTier);
		model.addAttribute("tierIncentives", incentiveByTier);
		return "evaluation/awards";
	}

	@GetMapping("/governments/{code}/evaluations/{year}")
	String government(@PathVariable String code, @PathVariable int year, Model model, Locale locale) {
		AwardResults.Explained explained = results.explain(year, code);
		Government government = directory.find(code, LocalDate.of(year - 1, 12, 31))
			.orElseThrow(() -> new NotFoundException("코드 '" + code + "'에 해당하는 지자체가 없습니다."));
		String name = government.name(locale);
		List<Map<String, Object>> categories = new ArrayList<>();
		for (CategoryExplained c : explained.categories()) {
			Map<String, Object> spec = new LinkedHashMap<>();
			spec.put("kind", "bars");
			spec.put("categories", c.criteria().stream().map(r -> r.name(locale)).toList());
			spec.put("series", List.of(
					series(name, c.criteria().stream().map(CriterionExplained::points).toList()),
					series(messages.getMessage("evaluation.government.median", null, locale),
							c.criteria().stream().map(CriterionExplained::peerMedian).toList()),
					series(messages.getMessage("evaluation.government.max", null, locale),
							c.criteria().stream().map(CriterionExplained::peerMax).toList())));
			CriterionExplained best = c.criteria().stream()
				.max((a, b) -> a.points().divide(a.maxPoints(), 10, RoundingMode.HALF_UP)
					.compareTo(b.points().divide(b.maxPoints(), 10, RoundingMode.HALF_UP)))
				.orElseThrow();
			String summary = messages.getMessage(c.tier() == null ? "evaluation.government.summary.none" : "evaluation.government.summary",
					new Object[] { name, c.categoryName(locale), c.peerGroupName(locale), c.peerGroupSize(), c.rank(),
							AwardsApiController.shown(c.total()), c.tierName(locale), best.name(locale) },
					locale);
			Map<String, Object> view = new LinkedHashMap<>();
			view.put("c", c);
			view.put("chart", new Chart(summary, json.writeValueAsString(spec)));
			categories.add(view);
		}
		model.addAttribute("year", year);
		model.addAttribute("name", name);
		model.addAttribute("code", government.code());
		model.addAttribute("demo", explained.demo());
		model.addAttribute("categories", categories);
		return "evaluation/government";
	}

	private static Map<String, Object> series(String name, List<BigDecimal> values) {
		return Map.of("name", name, "values", values.stream().map(AwardsApiController::shown).toList());
	}

	/** The winner's name as a list shows it (부산 남구, Nam-gu, Busan). */
	private static String name(DirectorySnapshot names, String code, LocalDate asOf, Locale locale) {
		return names.find(code, asOf).map(g -> names.listName(g, asOf, locale)).orElse(code);
	}

	private static String tierName(StoredAward a, Locale locale) {
		return AwardResults.english(locale) ? a.tierNameEn() : a.tierNameKo();
	}
}
