package kr.jobgoal.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kr.jobgoal.identity.account.LoginRefusal;
import kr.jobgoal.identity.security.LoginFailureHandler;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form (Spring Security's filter checks what it posts to {@code /login}); after a refusal it shows
 * why and keeps the user name typed. Signing out is a POST to {@code /logout}; {@code GET /logout} is a page
 * with that button, for whoever follows a link or types the address.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			HttpSession session = request.getSession(false);
			Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			LoginRefusal refusal = failure instanceof AuthenticationException e ? LoginRefusal.of(e)
					: LoginRefusal.of(null);
			model.addAttribute("errorKey", refusal.messageKey());
			model.addAttribute("errorArguments", refusal.messageArguments());
			if (session != null) {
				model.addAttribute("username", session.getAttribute(LoginFailureHandler.USERNAME));
				session.removeAttribute(LoginFailureHandler.USERNAME);
			}
		}
		return "identity/login";
	}

	@GetMapping("/logout")
	String logout() {
		return "identity/logout";
	}
}
