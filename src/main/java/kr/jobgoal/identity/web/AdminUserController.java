package kr.jobgoal.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.Role;
import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ministry administrator's user pages: who can sign in, in which role and for which government; a user's
 * own page changes their role, affiliation and status and resets their password. The service decides.
 */
@Controller
class AdminUserController {

	private static final String PATH = IdentityPaths.ADMIN_USERS;

	private final UserAccounts accounts;

	private final UserAdministration administration;

	private final GovernmentDirectory directory;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	AdminUserController(UserAccounts accounts, UserAdministration administration, GovernmentDirectory directory,
			CurrentUsers currentUsers, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.directory = directory;
		this.currentUsers = currentUsers;
		this.clock = clock;
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

	/** The user page's form as posted; role and status come as text so that bad values are field errors. */
	record ChangeForm(String role, String governmentCode, String enabled) {

		static ChangeForm of(UserAccounts.Account account, String governmentCode) {
			return new ChangeForm(account.role().name(), governmentCode, String.valueOf(account.enabled()));
		}

		UserAdministration.UserChange parsed() {
			Role parsedRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
			return new UserAdministration.UserChange(parsedRole, governmentCode, !"false".equals(enabled));
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
			model.addAttribute("formError", e.getMessage());
			return page(model, form.withoutPassword(), fieldErrors(e));
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

	@GetMapping(PATH + "/{username}")
	String user(@PathVariable String username, Model model) {
		UserAccounts.Account account = existing(username);
		return userPage(model, account, ChangeForm.of(account, governmentCode(account.governmentId())), Map.of());
	}

	@PostMapping(PATH + "/{username}")
	String update(@PathVariable String username, @ModelAttribute ChangeForm form, Model model,
			RedirectAttributes redirect) {
		try {
			UserAccounts.Account changed = administration.update(username, form.parsed(), currentUsers.require());
			redirect.addFlashAttribute("updated", changed.username());
			return "redirect:" + PATH + "/" + changed.username();
		}
		catch (InvalidInputException e) {
			model.addAttribute("formError", e.getMessage());
			return userPage(model, existing(username), form, fieldErrors(e));
		}
	}

	/** The one-time password is shown on this answer only: never stored for a later page, never cached. */
	@PostMapping(PATH + "/{username}/password-reset")
	String resetPassword(@PathVariable String username, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			String oneTimePassword = administration.resetPassword(username, currentUsers.require());
			response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
			model.addAttribute("username", UserAccounts.normalise(username));
			model.addAttribute("oneTimePassword", oneTimePassword);
			return "identity/admin-user-reset";
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("actionError", e.getMessage());
			return "redirect:" + PATH + "/" + UserAccounts.normalise(username);
		}
	}

	private UserAccounts.Account existing(String username) {
		return accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("사용자를 찾을 수 없습니다: " + username));
	}

	private String userPage(Model model, UserAccounts.Account account, ChangeForm form, Map<String, String> errors) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("account", account);
		model.addAttribute("government", governmentName(account.governmentId(), today));
		model.addAttribute("self", account.id() == currentUsers.require().userId());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", Role.values());
		model.addAttribute("governments", directory.list(today, null, null));
		return "identity/admin-user";
	}

	private String governmentCode(Long governmentId) {
		if (governmentId == null) {
			return "";
		}
		return directory.findById(governmentId, LocalDate.now(clock)).map(Government::code).orElse("");
	}

	private static Map<String, String> fieldErrors(InvalidInputException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		e.errors().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
		return errors;
	}

	private String page(Model model, UserForm form, Map<String, String> errors) {
		LocalDate today = LocalDate.now(clock);
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
