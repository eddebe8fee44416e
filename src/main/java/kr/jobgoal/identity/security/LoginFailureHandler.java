package kr.jobgoal.identity.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login form with the reason, keeping the user name that was typed (in the session that already
 * holds the reason), so that only the password has to be typed again.
 */
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	public static final String USERNAME = LoginFailureHandler.class.getName() + ".username";

	/** As long as a user name may be (identity_user.username). */
	static final int MAX_USERNAME = 50;

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= MAX_USERNAME) {
			request.getSession().setAttribute(USERNAME, username.strip());
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
