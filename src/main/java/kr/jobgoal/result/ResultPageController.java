package kr.jobgoal.result;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A government's results pages: the results, the fact history, peers, and the officer's entry form. */
@Controller
class ResultPageController {

	private final ResultLookup lookup;

	private final Results results;

	private final Dashboards dashboards;

	private final ResultCharts charts;

	private final FactRecorder recorder;

	private final ResultEvidence evidence;

	private final EvidencePolicy evidencePolicy;

	private final MessageSource messages;

	ResultPageController(ResultLookup lookup, Results results, Dashboards dashboards, ResultCharts charts,
			FactRecorder recorder, ResultEvidence evidence, EvidencePolicy evidencePolicy,
			MessageSource messages) {
		this.lookup = lookup;
		this.results = results;
		this.dashboards = dashboards;
		this.charts = charts;
		this.recorder = recorder;
		this.evidence = evidence;
		this.evidencePolicy = evidencePolicy;
		this.messages = messages;
	}

	/** A headline indicator's row with its trend chart. */
	record IndicatorRow(IndicatorResult result, String label, String unit, ResultCharts.Trend trend) {
	}

	@GetMapping("/governments/{code}/results/{year}")
	String results(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		common(r, locale, model);
		model.addAttribute("programChart", charts.programs(r, locale));
		List<IndicatorRow> indicators = new ArrayList<>();
		for (IndicatorResult i : results.indicators(r)) {
			String label = messages.getMessage("plan.indicator." + i.indicator(), null, i.indicator(), locale);
			// jobs created is the results themselves, already charted program by program
			ResultCharts.Trend trend = IndicatorResult.JOBS_CREATED.equals(i.indicator()) ? null
					: charts.trend(r, i, label, locale);
			indicators.add(new IndicatorRow(i, label, charts.unit(i, locale), trend));
		}
		model.addAttribute("indicators", indicators);
		return "result/results";
	}

	/** A fact in the history, with what corrected it and its evidence. */
	record HistoryRow(ResultFact fact, String programName, Long supersededBy, List<FactRepository.EvidenceInfo> evidence) {
	}

	@GetMapping("/governments/{code}/results/{year}/history")
	String history(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		common(r, locale, model);
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
		Map<Long, String> names = programNames(r);
		Map<Long, List<FactRepository.EvidenceInfo>> files = evidence.of(r.government(), all);
		List<HistoryRow> rows = new ArrayList<>();
		for (ResultFact f : newestFirst(all)) {
			rows.add(new HistoryRow(f, names.getOrDefault(f.programId(), "#" + f.programId()), supersededBy.get(f.id()),
					files.getOrDefault(f.id(), List.of())));
		}
		return rows;
	}

	private static Map<Long, String> programNames(AnnualResults r) {
		return r.programs().stream()
			.collect(Collectors.toMap(AnnualResults.ProgramResult::programId, AnnualResults.ProgramResult::name,
					(a, b) -> a, LinkedHashMap::new));
	}

	/** The columns the peer table sorts by. */
	enum PeerSort {
		NAME, TARGET, ACTUAL, RATE
	}

	@GetMapping("/governments/{code}/results/{year}/peers")
	String peers(@PathVariable String code, @PathVariable int year, @RequestParam(defaultValue = "rate") String sort,
			@RequestParam(defaultValue = "desc") String dir, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		common(r, locale, model);
		PeerSort by = Arrays.stream(PeerSort.values())
			.filter(s -> s.name().equalsIgnoreCase(sort))
			.findFirst()
			.orElse(PeerSort.RATE);
		boolean ascending = "asc".equalsIgnoreCase(dir);
		Comparator<AnnualResults> order = switch (by) {
			case NAME -> Comparator.comparing(p -> ResultCharts.name(p.government(), locale));
			case TARGET -> Comparator.comparing(AnnualResults::jobTargetTotal, Comparator.nullsFirst(Comparator.naturalOrder()));
			case ACTUAL -> Comparator.comparing(AnnualResults::jobsCreatedTotal, Comparator.nullsFirst(Comparator.naturalOrder()));
			case RATE -> Comparator.comparing(AnnualResults::achievement, Achievement.HIGHEST_FIRST).reversed();
		};
		List<AnnualResults> peers = new ArrayList<>(dashboards.peers(r.government(), year));
		peers.sort((ascending ? order : order.reversed()).thenComparing(p -> p.government().code()));
		model.addAttribute("peers", peers);
		model.addAttribute("peerTotals", ResultTotals.of(peers));
		model.addAttribute("sort", by.name().toLowerCase(Locale.ROOT));
		model.addAttribute("ascending", ascending);
		return "result/peers";
	}

	/** The officer's form, one fact at a time, as text so a bad value comes back as typed. */
	static class FactForm {

		private String programId;

		private String period;

		private String jobsCreated;

		private String budgetExecuted;

		private String note;

		private String supersedes;

		private String reason;

		FactInput input() {
			return new FactInput(programId, period, withoutGrouping(jobsCreated), withoutGrouping(budgetExecuted), note,
					supersedes, reason);
		}

		/** People type {@code 1,200,000}: the separators are allowed on the form. */
		private static String withoutGrouping(String value) {
			return value == null ? null : value.replace(",", "").strip();
		}

		public String getProgramId() {
			return programId;
		}

		public void setProgramId(String programId) {
			this.programId = programId;
		}

		public String getPeriod() {
			return period;
		}

		public void setPeriod(String period) {
			this.period = period;
		}

		public String getJobsCreated() {
			return jobsCreated;
		}

		public void setJobsCreated(String jobsCreated) {
			this.jobsCreated = jobsCreated;
		}

		public String getBudgetExecuted() {
			return budgetExecuted;
		}

		public void setBudgetExecuted(String budgetExecuted) {
			this.budgetExecuted = budgetExecuted;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getSupersedes() {
			return supersedes;
		}

		public void setSupersedes(String supersedes) {
			this.supersedes = supersedes;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	@GetMapping("/governments/{code}/results/{year}/entry")
	String entry(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		recorder.requireEntry(r.government());
		return entryPage(r, new FactForm(), Map.of(), null, locale, model);
	}

	@PostMapping("/governments/{code}/results/{year}/entry")
	String record(@PathVariable String code, @PathVariable int year, @ModelAttribute("form") FactForm form,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> files, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AnnualResults r = lookup.require(code, year);
		try {
			List<ResultFact> saved = recorder.record(r.government(), year, List.of(form.input()),
					ResultApiController.uploads(files));
			// flash attributes live in the JDBC session: plain values only
			ResultFact first = saved.get(0);
			redirect.addFlashAttribute("savedId", first.id());
			redirect.addFlashAttribute("savedPeriod", first.period());
			redirect.addFlashAttribute("savedJobs", first.jobsCreated());
			return "redirect:/governments/" + r.government().code() + "/results/" + year + "/entry";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return entryPage(r, form, fieldErrors(e.errors()), e.getMessage(), locale, model);
		}
		catch (FactConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return entryPage(r, form, fieldErrors(e.errors()), e.getMessage(), locale, model);
		}
	}

	/** {@code [0].jobsCreated} → {@code jobsCreated} (the form sends one fact); evidence files {@code evidence[i]} → {@code evidence}. */
	private static Map<String, String> fieldErrors(List<FieldProblem> problems) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldProblem p : problems) {
			String field = p.field().replaceFirst("^\\[\\d+]\\.", "");
			if (field.startsWith("evidence[")) {
				field = "evidence";
			}
			errors.merge(field, p.message(), (a, b) -> a + " " + b);
		}
		return errors;
	}

	private String entryPage(AnnualResults r, FactForm form, Map<String, String> errors, String problem, Locale locale,
			Model model) {
		common(r, locale, model);
		Map<Long, String> names = programNames(r);
		List<ResultFact> current = ResultFacts.current(results.facts(r.government().id(), r.year()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("programNames", names);
		model.addAttribute("current", newestFirst(current));
		model.addAttribute("maxEvidenceMb", evidencePolicy.maxSize().toMegabytes());
		model.addAttribute("maxEvidenceFiles", EvidencePolicy.MAX_FILES);
		return "result/entry";
	}

	@GetMapping("/governments/{code}/results/{year}/evidence/{id}")
	ResponseEntity<byte[]> evidence(@PathVariable String code, @PathVariable int year, @PathVariable long id) {
		FactRepository.EvidenceContent file = evidence.download(lookup.government(code, year), year, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** What every results page shows in its head. */
	private void common(AnnualResults r, Locale locale, Model model) {
		Government g = r.government();
		LocalDate today = LocalDate.now(ResultBook.SEOUL);
		model.addAttribute("r", r);
		model.addAttribute("g", g);
		model.addAttribute("name", ResultCharts.name(g, locale));
		model.addAttribute("today", today);
		model.addAttribute("overdue", r.overdue(today));
		model.addAttribute("mayEdit", recorder.mayRecord(g));
	}

	private static <T> List<T> newestFirst(List<T> recorded) {
		List<T> list = new ArrayList<>(recorded);
		Collections.reverse(list);
		return list;
	}
}
