package kr.jobgoal.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.account.JobgoalPrincipal;
import kr.jobgoal.identity.account.PasswordChanges;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "비밀번호 변경": every signed-in user changes their own password here, and must after a reset. */
@Controller
class AccountPasswordController {

	private static final String PATH = IdentityPaths.ACCOUNT_PASSWORD;

	private final PasswordChanges changes;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPasswordController(PasswordChanges changes) {
		this.changes = changes;
	}

	@GetMapping(PATH)
	String form(Authentication authentication, Model model) {
		return page(model, authentication, Map.of());
	}

	@PostMapping(PATH)
	String change(@ModelAttribute PasswordChanges.Change change, Authentication authentication, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		JobgoalPrincipal principal = (JobgoalPrincipal) authentication.getPrincipal();
		try {
			changes.change(principal.user(), change, request.getRemoteAddr(), request.getSession().getId());
		}
		catch (InvalidInputException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			e.errors().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + " " + b));
			model.addAttribute("formError", e.getMessage());
			// passwords are never sent back to the browser, not even to the one that typed them
			return page(model, authentication, errors);
		}
		// the session stays signed in, under a new id and without the reset's restriction
		request.changeSessionId();
		UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken
			.authenticated(principal.withPasswordChanged(), null, authentication.getAuthorities());
		changed.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(changed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("changed", true);
		return "redirect:" + PATH;
	}

	private String page(Model model, Authentication authentication, Map<String, String> errors) {
		JobgoalPrincipal principal = (JobgoalPrincipal) authentication.getPrincipal();
		model.addAttribute("username", principal.user().username());
		model.addAttribute("mustChange", principal.mustChangePassword());
		model.addAttribute("errors", errors);
		return "identity/account-password";
	}
}
