package kr.jobgoal.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ministry administrator's user pages: who can sign in, in which role and for which government. */
@Controller
class AdminUserController {

	static final String PATH = "/admin/users";

	private final UserAccounts accounts;

	private final UserAdministration administration;

	private final GovernmentDirectory directory;

	private final CurrentUsers currentUsers;

	AdminUserController(UserAccounts accounts, UserAdministration administration, GovernmentDirectory directory,
			CurrentUsers currentUsers) {
		this.accounts = accounts;
		this.administration = administration;
		this.directory = directory;
		this.currentUsers = currentUsers;
	}

	/** The create form as posted; the role comes as text so that a bad value is a field error, not a 400. */
	record UserForm(String username, String displayName, String role, String governmentCode, String password) {

		static UserForm empty() {
			return new UserForm("", "", "", "", "");
		}

		/** What the form shows again after an error: everything but the password. */
		UserForm withoutPassword() {
			return new UserForm(username, displayName, role, governmentCode, "");
		}

		Role parsedRole() {
			return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
		}
	}

	/** A row of the user list. */
	record UserRow(String username, String displayName, Role role, String government, boolean enabled,
			boolean demo, boolean self) {
	}

	@GetMapping(PATH)
	String list(Model model) {
		return page(model, UserForm.empty(), Map.of());
	}

	@PostMapping(PATH)
	String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
		try {
			UserAccounts.Account created = administration.create(new UserAdministration.NewUser(form.username(),
					form.displayName(), form.parsedRole(), form.governmentCode(), form.password(), false));
			redirect.addFlashAttribute("created", created.username());
			return "redirect:" + PATH;
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.errors().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
			model.addAttribute("formError", e.getMessage());
			return page(model, form.withoutPassword(), errors);
		}
	}

	@PostMapping(PATH + "/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			administration.setEnabled(username, enabled, currentUsers.require());
			redirect.addFlashAttribute(enabled ? "enabledUser" : "disabledUser", username);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("actionError", e.getMessage());
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{username}/tokens/revocation")
	String revokeTokens(@PathVariable String username, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revokedTokens", administration.revokeTokens(username));
		redirect.addFlashAttribute("revokedUser", username);
		return "redirect:" + PATH;
	}

	private String page(Model model, UserForm form, Map<String, String> errors) {
		LocalDate today = LocalDate.now();
		long self = currentUsers.require().userId();
		List<UserRow> users = accounts.list()
			.stream()
			.map(a -> new UserRow(a.username(), a.displayName(), a.role(), governmentName(a.governmentId(), today),
					a.enabled(), a.demo(), a.id() == self))
			.toList();
		model.addAttribute("users", users);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("governments", directory.list(today, null, null));
		return "identity/admin-users";
	}

	private String governmentName(Long governmentId, LocalDate today) {
		if (governmentId == null) {
			return null;
		}
		return directory.findById(governmentId, today).map(g -> g.nameKo() + " (" + g.code() + ")").orElse(null);
	}
}
