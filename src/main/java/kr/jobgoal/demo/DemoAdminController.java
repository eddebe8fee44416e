package kr.jobgoal.demo;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.shared.DemoMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page for the demo data set: whether any is stored, and its removal, which must be
 * confirmed on the form (the removal cannot be undone).
 */
@Controller
class DemoAdminController {

	static final String PATH = "/admin/demo";

	private static final String VIEW = "demo/admin-demo";

	private final DemoRemoval removal;

	private final DemoPresence presence;

	private final DemoMode demoMode;

	private final CurrentUsers users;

	private final MessageSource messages;

	DemoAdminController(DemoRemoval removal, DemoPresence presence, DemoMode demoMode, CurrentUsers users,
			MessageSource messages) {
		this.removal = removal;
		this.presence = presence;
		this.demoMode = demoMode;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(Model model) {
		return show(model);
	}

	@PostMapping(PATH)
	String remove(@RequestParam(required = false) String confirm, Model model, HttpServletResponse response) {
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("confirmError",
					messages.getMessage("demo.admin.confirmRequired", null, LocaleContextHolder.getLocale()));
			return show(model);
		}
		model.addAttribute("removed", removal.removeAs(users.require()));
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("present", presence.present());
		model.addAttribute("remembered", demoMode.removed());
		return VIEW;
	}
}
