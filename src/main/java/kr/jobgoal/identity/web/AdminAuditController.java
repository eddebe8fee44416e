package kr.jobgoal.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.audit.AuditDescriptions;
import kr.jobgoal.identity.audit.AuditLogReader;
import kr.jobgoal.shared.SeoulClock;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for the ministry administrator: every change, newest first, in words, with the fields it
 * changed on demand; filtered by what, who and when, and paged.
 */
@Controller
class AdminAuditController {

	private final AuditLogReader reader;

	private final AuditDescriptions descriptions;

	private final MessageSource messages;

	AdminAuditController(AuditLogReader reader, AuditDescriptions descriptions, MessageSource messages) {
		this.reader = reader;
		this.descriptions = descriptions;
		this.messages = messages;
	}

	/** A choice of the entity-type filter: the recorded type and its label. */
	record TypeChoice(String value, String label) {
	}

	@GetMapping(IdentityPaths.ADMIN_AUDIT)
	String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate fromDate = date("from", from, errors, locale);
		LocalDate toDate = date("to", to, errors, locale);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.put("to", messages.getMessage("identity.admin.audit.dateOrder", null, locale));
			toDate = null;
		}
		AuditLogReader.Filter filter = new AuditLogReader.Filter(entityType, actor, fromDate, toDate);
		int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		AuditLogReader.Page result = reader.read(filter, pageNumber);
		List<String> actors = result.entries().stream().map(AuditLogReader.Entry::actor).distinct().toList();
		model.addAttribute("entityType", entityType);
		model.addAttribute("actor", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("errors", errors);
		model.addAttribute("result", result);
		model.addAttribute("entries", descriptions.describe(result.entries(), reader.displayNames(actors), locale));
		model.addAttribute("entityTypes", reader.entityTypes()
			.stream()
			.map(t -> new TypeChoice(t, descriptions.typeLabel(t, locale)))
			.toList());
		model.addAttribute("actors", reader.actors());
		model.addAttribute("zone", SeoulClock.SEOUL);
		return "identity/admin-audit";
	}

	/**
	 * A filter date; one that cannot be read is shown as a Korean error beside its field, kept in the field, and
	 * not applied.
	 */
	private LocalDate date(String field, String value, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			String label = messages.getMessage("identity.admin.audit." + field, null, locale);
			errors.put(field, messages.getMessage("identity.admin.audit.dateInvalid", new Object[] { label }, locale));
			return null;
		}
	}
}
