package kr.jobgoal.result.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.IndicatorResult;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.Results;
import kr.jobgoal.result.service.Dashboards;
import kr.jobgoal.result.service.ResultBook;
import kr.jobgoal.result.service.ResultEvidence;
import kr.jobgoal.result.service.ResultLookup;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.statistics.OfficialStatistics;
import kr.jobgoal.statistics.OfficialValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A government's public results pages: the results, the fact history and peers. The officer's entry form is
 * {@link FactEntryController}; evidence files come from {@link EvidenceDownloadController}.
 */
@Controller
public class ResultPageController {

	private final ResultLookup lookup;

	private final Results results;

	private final Dashboards dashboards;

	private final ResultCharts charts;

	private final ResultEvidence evidence;

	private final MessageSource messages;

	private final OfficialStatistics statistics;

	private final ResultPageHead head;

	public ResultPageController(ResultLookup lookup, Results results, Dashboards dashboards, ResultCharts charts,
			ResultEvidence evidence, MessageSource messages, OfficialStatistics statistics, ResultPageHead head) {
		this.lookup = lookup;
		this.results = results;
		this.dashboards = dashboards;
		this.charts = charts;
		this.evidence = evidence;
		this.messages = messages;
		this.statistics = statistics;
		this.head = head;
	}

	/** A headline indicator's row with its trend chart. */
	public record IndicatorRow(IndicatorResult result, String label, String unit, ResultCharts.Trend trend) {
	}

	@GetMapping("/governments/{code}/results/{year}")
	public String results(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		head.addTo(r, locale, model);
		model.addAttribute("programChart", charts.programs(r, locale));
		List<IndicatorRow> indicators = new ArrayList<>();
		// one query for the values of every indicator: the table's actual values and the trend charts
		List<OfficialValue> published = r.targets().isEmpty() ? List.of() : statistics.series(r.government().id());
		for (IndicatorResult i : ResultBook.indicators(r, published)) {
			String label = messages.getMessage("plan.indicator." + i.indicator(), null, i.indicator(), locale);
			// jobs created is the results themselves, already charted program by program
			ResultCharts.Trend trend = IndicatorResult.JOBS_CREATED.equals(i.indicator()) ? null
					: charts.trend(r, i, label, locale, published);
			indicators.add(new IndicatorRow(i, label, charts.unit(i, locale), trend));
		}
		model.addAttribute("indicators", indicators);
		return "result/results";
	}

	/** A fact in the history, with what corrected it and its evidence. */
	public record HistoryRow(ResultFact fact, String programName, Long supersededBy, List<FactRepository.EvidenceInfo> evidence) {
	}

	@GetMapping("/governments/{code}/results/{year}/history")
	public String history(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		head.addTo(r, locale, model);
		boolean mayReadEvidence = evidence.mayRead(r.government());
		model.addAttribute("history", history(r));
		model.addAttribute("mayReadEvidence", mayReadEvidence);
		return "result/history";
	}

	private List<HistoryRow> history(AnnualResults r) {
		List<ResultFact> all = results.facts(r.government().id(), r.year());
		Map<Long, Long> supersededBy = all.stream()
			.filter(f -> f.supersedes() != null)
			.collect(Collectors.toMap(ResultFact::supersedes, ResultFact::id, (a, b) -> a));
		Map<Long, String> names = ResultPageHead.programNames(r);
		Map<Long, List<FactRepository.EvidenceInfo>> files = evidence.of(r.government(), all);
		List<HistoryRow> rows = new ArrayList<>();
		for (ResultFact f : ResultPageHead.newestFirst(all)) {
			rows.add(new HistoryRow(f, names.getOrDefault(f.programId(), "#" + f.programId()), supersededBy.get(f.id()),
					files.getOrDefault(f.id(), List.of())));
		}
		return rows;
	}

	/** The columns the peer table sorts by. */
	public enum PeerSort {
		NAME, TARGET, ACTUAL, RATE
	}

	@GetMapping("/governments/{code}/results/{year}/peers")
	public String peers(@PathVariable String code, @PathVariable int year, @RequestParam(defaultValue = "rate") String sort,
			@RequestParam(defaultValue = "desc") String dir, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		head.addTo(r, locale, model);
		PeerSort by = Arrays.stream(PeerSort.values())
			.filter(s -> s.name().equalsIgnoreCase(sort))
			.findFirst()
			.orElse(PeerSort.RATE);
		boolean ascending = "asc".equalsIgnoreCase(dir);
		Comparator<AnnualRollUp> order = switch (by) {
			case NAME -> Comparator.comparing(p -> ResultCharts.name(p.government(), locale));
			case TARGET -> Comparator.comparing(AnnualRollUp::jobTargetTotal, Comparator.nullsFirst(Comparator.naturalOrder()));
			case ACTUAL -> Comparator.comparing(AnnualRollUp::jobsCreatedTotal, Comparator.nullsFirst(Comparator.naturalOrder()));
			case RATE -> Comparator.comparing(AnnualRollUp::achievement, Achievement.HIGHEST_FIRST).reversed();
		};
		Dashboards.Peers group = dashboards.peers(r.government(), year, locale);
		List<AnnualRollUp> peers = new ArrayList<>(group.members());
		peers.sort((ascending ? order : order.reversed()).thenComparing(p -> p.government().code()));
		model.addAttribute("peers", peers);
		model.addAttribute("peerTotals", group.totals());
		model.addAttribute("listNames", group.listNames());
		model.addAttribute("sort", by.name().toLowerCase(Locale.ROOT));
		model.addAttribute("ascending", ascending);
		return "result/peers";
	}

}
