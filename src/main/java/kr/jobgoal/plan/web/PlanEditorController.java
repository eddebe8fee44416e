package kr.jobgoal.plan.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.plan.DraftConflictException;
import kr.jobgoal.plan.PlanDiff;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.PlanRefusedException;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.plan.excel.PlanWorkbookReader;
import kr.jobgoal.plan.service.LateAmendments;
import kr.jobgoal.plan.service.PlanComments;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.plan.service.PlanSubCategories;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.statistics.Indicator;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft's pages: the editor for the government's own officer (save, add/move/remove with htmx or plain
 * form posts, Excel download and upload, preview, disclose, discard), and the read-only review with
 * comments for the provincial reviewer and the ministry.
 */
@Controller
@RequestMapping("/governments/{code}/plans/{year}/draft")
public class PlanEditorController {

	private final PlanService service;

	private final PlanComments comments;

	private final PlanSubCategories subCategories;

	private final PlanMessages messages;

	private final LateAmendments lateAmendments;

	public PlanEditorController(PlanService service, PlanComments comments, PlanSubCategories subCategories,
			PlanMessages messages, LateAmendments lateAmendments) {
		this.service = service;
		this.lateAmendments = lateAmendments;
		this.comments = comments;
		this.subCategories = subCategories;
		this.messages = messages;
	}

	/** A choice of a select box. */
	public record Option(String code, String label) {
	}

	/** Where a request is: the government, the plan and the signed-in user's rights on it. */
	private record Place(Government government, PlanKey key, boolean mayEdit, String base) {
	}

	private Place place(String code, String year, Locale locale) {
		PlanPeriod period = PlanPeriod.parse(year)
			.orElseThrow(() -> new NotFoundException(messages.get("plan.page.badPeriod", locale, year)));
		Government government = service.government(code, period);
		service.requireReadDrafts(government.id());
		return new Place(government, new PlanKey(government.id(), period), service.mayEdit(government.id()),
				"/governments/" + government.code() + "/plans/" + period.slug());
	}

	@GetMapping
	public String draft(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
		Place place = place(code, year, locale);
		StoredVersion draft = service.draft(place.key()).orElse(null);
		if (draft == null) {
			common(model, place, locale);
			model.addAttribute("latest", service.latestDisclosed(place.key()).orElse(null));
			return "plan/no-draft";
		}
		if (!place.mayEdit()) {
			return review(model, place, draft, locale);
		}
		return editor(model, place, draft, DraftForm.of(draft), List.of(), null, null, locale);
	}

	/** The ministry administrator's approval of one more version after the results were due. */
	@PostMapping("/amendment-approval")
	public String approveAmendment(@PathVariable String code, @PathVariable String year,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		Place place = place(code, year, locale);
		try {
			lateAmendments.approve(place.key(), reason);
			redirect.addFlashAttribute("notice", "plan.late.approved");
		}
		catch (PlanValidationException e) {
			redirect.addFlashAttribute("lateProblem", text(e, locale));
			redirect.addFlashAttribute("lateReason", reason);
		}
		return "redirect:" + place.base() + "/draft";
	}

	@PostMapping("/start")
	public String start(@PathVariable String code, @PathVariable String year, RedirectAttributes redirect,
			Locale locale) {
		Place place = place(code, year, locale);
		try {
			service.startDraft(place.key());
		}
		catch (PlanRefusedException e) {
			redirect.addFlashAttribute("refusal", text(e, locale));
		}
		return "redirect:" + place.base() + "/draft";
	}

	@PostMapping
	public String save(@PathVariable String code, @PathVariable String year, @ModelAttribute("form") DraftForm form,
			@RequestParam(required = false) String next, Model model, RedirectAttributes redirect, Locale locale) {
		Place place = place(code, year, locale);
		StoredVersion draft = service.draft(place.key()).orElse(null);
		try {
			service.saveDraft(place.key(), form, form.getLockVersion() == null ? -1 : form.getLockVersion());
		}
		catch (PlanValidationException e) {
			return editor(model, place, draft, form, e.violations(), "error-summary", null, locale);
		}
		catch (DraftConflictException e) {
			return conflict(model, place, form, e, locale);
		}
		redirect.addFlashAttribute("notice", "plan.editor.saved");
		// "미리보기와 공시" with unsaved changes saves them first (plan-editor.js), then shows the preview
		return "redirect:" + place.base() + ("preview".equals(next) ? "/draft/preview" : "/draft");
	}

	/** An unsaved change to the form (htmx swaps the editor; without JavaScript the whole page comes back). */
	@PostMapping("/edit")
	public String edit(@PathVariable String code, @PathVariable String year, @ModelAttribute("form") DraftForm form,
			@RequestParam(required = false) String op, Model model, Locale locale) {
		Place place = place(code, year, locale);
		service.requireEdit(place.key());
		StoredVersion draft = service.draft(place.key())
			.orElseThrow(() -> new NotFoundException(messages.get("plan.editor.noDraft", locale)));
		EditorOperation done = EditorOperation.apply(form, op).orElse(null);
		return editor(model, place, draft, form, List.of(), done == null ? null : done.focus(),
				done == null ? null : messages.get(done.statusCode(), locale) + " " + messages.get("plan.editor.unsaved", locale),
				locale);
	}

	@GetMapping("/preview")
	public String preview(@PathVariable String code, @PathVariable String year, Model model, Locale locale) {
		Place place = place(code, year, locale);
		StoredVersion draft = service.draft(place.key())
			.orElseThrow(() -> new NotFoundException(messages.get("plan.editor.noDraft", locale)));
		return previewPage(model, place, draft, null, List.of(), locale);
	}

	@PostMapping("/disclose")
	public String disclose(@PathVariable String code, @PathVariable String year, @RequestParam int lockVersion,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, Locale locale) {
		Place place = place(code, year, locale);
		try {
			StoredVersion disclosed = service.disclose(place.key(), lockVersion, reason);
			redirect.addFlashAttribute("notice", "plan.editor.disclosed");
			return "redirect:" + place.base() + "/versions/" + disclosed.version();
		}
		catch (PlanValidationException e) {
			StoredVersion draft = service.draft(place.key()).orElseThrow();
			return previewPage(model, place, draft, reason, e.violations(), locale);
		}
		catch (DraftConflictException e) {
			redirect.addFlashAttribute("notice", "plan.editor.changedMeanwhile");
			return "redirect:" + place.base() + "/draft/preview";
		}
	}

	@PostMapping("/discard")
	public String discard(@PathVariable String code, @PathVariable String year, @RequestParam int lockVersion,
			RedirectAttributes redirect, Locale locale) {
		Place place = place(code, year, locale);
		try {
			service.discardDraft(place.key(), lockVersion);
			redirect.addFlashAttribute("notice", "plan.editor.discarded");
		}
		catch (DraftConflictException e) {
			redirect.addFlashAttribute("notice", "plan.editor.changedMeanwhile");
		}
		return "redirect:" + place.base() + "/draft";
	}

	@PostMapping("/comments")
	public String comment(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) String body,
			Model model, RedirectAttributes redirect, Locale locale) {
		Place place = place(code, year, locale);
		try {
			comments.comment(place.key(), body);
		}
		catch (PlanValidationException e) {
			redirect.addFlashAttribute("commentError", messages.message(e.violations().get(0), locale));
			redirect.addFlashAttribute("commentBody", body);
			return "redirect:" + place.base() + "/draft#comments";
		}
		redirect.addFlashAttribute("notice", "plan.comments.added");
		return "redirect:" + place.base() + "/draft#comments";
	}

	@GetMapping("/excel")
	public ResponseEntity<byte[]> excel(@PathVariable String code, @PathVariable String year, Locale locale) {
		Place place = place(code, year, locale);
		StoredVersion draft = service.draft(place.key())
			.orElseThrow(() -> new NotFoundException(messages.get("plan.editor.noDraft", locale)));
		return PlanPageController.workbook(service.workbook(place.government(), draft), place.government(),
				place.key().period(), "draft");
	}

	@PostMapping("/upload")
	public String upload(@PathVariable String code, @PathVariable String year, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer lockVersion, Model model, RedirectAttributes redirect, Locale locale)
			throws IOException {
		Place place = place(code, year, locale);
		service.requireEdit(place.key());
		byte[] bytes = file == null ? new byte[0] : file.getBytes();
		try {
			service.uploadDraft(place.key(), bytes, lockVersion);
		}
		catch (PlanWorkbookReader.UnreadableException e) {
			StoredVersion draft = service.draft(place.key()).orElse(null);
			model.addAttribute("uploadProblems", e.problems());
			if (draft == null) {
				common(model, place, locale);
				model.addAttribute("latest", service.latestDisclosed(place.key()).orElse(null));
				return "plan/no-draft";
			}
			return editor(model, place, draft, DraftForm.of(draft), List.of(), "upload-problems", null, locale);
		}
		catch (DraftConflictException e) {
			redirect.addFlashAttribute("notice", "plan.editor.changedMeanwhile");
			return "redirect:" + place.base() + "/draft";
		}
		redirect.addFlashAttribute("notice", "plan.editor.uploaded");
		return "redirect:" + place.base() + "/draft";
	}

	// ---- views

	/** A refusal's messages as one plain text (flash attributes live in the JDBC session). */
	private String text(PlanValidationException e, Locale locale) {
		return e.violations().stream().map(v -> messages.message(v, locale)).reduce((a, b) -> a + " " + b).orElseThrow();
	}

	private void common(Model model, Place place, Locale locale) {
		PlanPages.heading(model, place.government(), place.key().period(), messages, locale);
		model.addAttribute("mayEdit", place.mayEdit());
		model.addAttribute("late", lateAmendments.status(place.key()).orElse(null));
	}

	private String editor(Model model, Place place, StoredVersion draft, DraftForm form, List<Violation> violations,
			String focus, String status, Locale locale) {
		common(model, place, locale);
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute("editor", new EditorView(violations, messages, locale, focus, status));
		model.addAttribute("indicators", Arrays.stream(Indicator.values())
			.map(i -> new Option(i.name(), messages.label(i, locale) + " (" + messages.unit(i, locale) + ")"))
			.toList());
		model.addAttribute("types", Arrays.stream(ProgramType.values())
			.map(t -> new Option(t.name(), messages.label(t, locale)))
			.toList());
		model.addAttribute("subCategories", subCategories.subCategories(place.government().id()));
		model.addAttribute("comments", comments.comments(place.key()));
		return "plan/editor";
	}

	/** The other person's save is kept; the form keeps what this person typed, with the other's changes shown. */
	private String conflict(Model model, Place place, DraftForm form, DraftConflictException e, Locale locale) {
		StoredVersion current = e.current();
		if (current == null) {
			model.addAttribute("notice", "plan.editor.goneMeanwhile");
			common(model, place, locale);
			model.addAttribute("latest", service.latestDisclosed(place.key()).orElse(null));
			return "plan/no-draft";
		}
		model.addAttribute("conflict", current);
		model.addAttribute("conflictChanges", e.base() == null ? null
				: PlanPages.changes(PlanDiff.between(e.base(), current.content()), messages, locale));
		form.setLockVersion(current.lockVersion());
		return editor(model, place, current, form, List.of(), "conflict", null, locale);
	}

	private String review(Model model, Place place, StoredVersion draft, Locale locale) {
		PlanPages.plan(model, place.government(), draft, List.of(), messages, locale);
		model.addAttribute("mayEdit", place.mayEdit());
		model.addAttribute("review", true);
		model.addAttribute("draft", draft);
		model.addAttribute("late", lateAmendments.status(place.key()).orElse(null));
		model.addAttribute("comments", comments.comments(place.key()));
		return "plan/plan";
	}

	private String previewPage(Model model, Place place, StoredVersion draft, String reason, List<Violation> violations,
			Locale locale) {
		PlanPages.plan(model, place.government(), draft, List.of(), messages, locale);
		List<StoredVersion> versions = service.disclosedVersions(place.key());
		model.addAttribute("mayEdit", place.mayEdit());
		model.addAttribute("review", !place.mayEdit());
		model.addAttribute("draft", draft);
		model.addAttribute("nextVersion", versions.size() + 1);
		model.addAttribute("late", lateAmendments.status(place.key()).orElse(null));
		model.addAttribute("reason", reason);
		model.addAttribute("discloseProblems", violations.stream()
			.map(v -> new EditorView.Problem(EditorView.id(v.field()), null, messages.message(v, locale)))
			.toList());
		model.addAttribute("comments", comments.comments(place.key()));
		return "plan/plan";
	}
}
