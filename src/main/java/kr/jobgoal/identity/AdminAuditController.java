package kr.jobgoal.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.jobgoal.shared.UserMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for the ministry administrator: every change, newest first, filtered and paged. */
@Controller
class AdminAuditController {

	private final AuditLogReader reader;

	AdminAuditController(AuditLogReader reader) {
		this.reader = reader;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "1") String page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		AuditLogReader.Filter filter = new AuditLogReader.Filter(entityType, actor, date("from", from, errors),
				date("to", to, errors));
		int pageNumber = page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
		model.addAttribute("entityType", entityType);
		model.addAttribute("actor", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("errors", errors);
		model.addAttribute("result", reader.read(filter, pageNumber));
		model.addAttribute("entityTypes", reader.entityTypes());
		model.addAttribute("actors", reader.actors());
		model.addAttribute("zone", LoginRefusal.KOREA);
		return "identity/admin-audit";
	}

	/** A filter date; one that cannot be read is shown as an error next to its field and not applied. */
	private static LocalDate date(String field, String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, UserMessages.invalidValue(field, value, LocalDate.class));
			return null;
		}
	}
}
