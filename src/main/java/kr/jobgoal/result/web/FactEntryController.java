package kr.jobgoal.result.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.EvidencePolicy;
import kr.jobgoal.result.FactConflictException;
import kr.jobgoal.result.FactInput;
import kr.jobgoal.result.FactValidator;
import kr.jobgoal.result.PeriodLabels;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.ResultFacts;
import kr.jobgoal.result.Results;
import kr.jobgoal.result.api.ResultApiController;
import kr.jobgoal.result.service.FactRecorder;
import kr.jobgoal.result.service.ResultLookup;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer's result entry form: one fact at a time, with its evidence files; the recorder guards the write. */
@Controller
public class FactEntryController {

	private final ResultLookup lookup;

	private final Results results;

	private final FactRecorder recorder;

	private final EvidencePolicy evidencePolicy;

	private final ResultPageHead head;

	public FactEntryController(ResultLookup lookup, Results results, FactRecorder recorder, EvidencePolicy evidencePolicy,
			ResultPageHead head) {
		this.lookup = lookup;
		this.results = results;
		this.recorder = recorder;
		this.evidencePolicy = evidencePolicy;
		this.head = head;
	}

	/** The officer's form, one fact at a time, as text so a bad value comes back as typed. */
	public static class FactForm {

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
	public String entry(@PathVariable String code, @PathVariable int year, Locale locale, Model model) {
		AnnualResults r = lookup.require(code, year);
		recorder.requireEntry(r.government());
		return entryPage(r, new FactForm(), Map.of(), null, locale, model);
	}

	@PostMapping("/governments/{code}/results/{year}/entry")
	public String record(@PathVariable String code, @PathVariable int year, @ModelAttribute("form") FactForm form,
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
			FactValidator.countsNowhere(first, ResultFacts.current(results.facts(r.government().id(), year)))
				.ifPresent(why -> redirect.addFlashAttribute("savedCountsNowhere", why));
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
		head.addTo(r, locale, model);
		Map<Long, String> names = ResultPageHead.programNames(r);
		List<ResultFact> current = ResultFacts.current(results.facts(r.government().id(), r.year()));
		model.addAttribute("form", form);
		model.addAttribute("periodChoices",
				PeriodLabels.choices(r.year(), !Locale.ENGLISH.getLanguage().equals(locale.getLanguage())));
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("programNames", names);
		model.addAttribute("current", ResultPageHead.newestFirst(current));
		model.addAttribute("maxEvidenceMb", evidencePolicy.maxSize().toMegabytes());
		model.addAttribute("maxEvidenceFiles", EvidencePolicy.MAX_FILES);
		return "result/entry";
	}
}
