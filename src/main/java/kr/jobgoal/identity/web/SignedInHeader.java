package kr.jobgoal.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Tells the layout's header who is signed in: their name, role and government, for every page they see (error
 * pages included). Anonymous requests get nothing, and nothing is read for them (their pages are cached).
 */
class SignedInHeader implements HandlerInterceptor {

	static final String ATTRIBUTE = "layoutAccount";

	private final CurrentUsers users;

	private final GovernmentDirectory directory;

	private final Clock clock;

	SignedInHeader(CurrentUsers users, GovernmentDirectory directory, Clock clock) {
		this.users = users;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The signed-in user as the header shows them.
	 *
	 * @param government their affiliation today; null for the ministry and unaffiliated evaluators
	 */
	record Account(String displayName, Role role, Government government) {

		/** The government's name in the page's language, or null. */
		public String governmentName(Locale locale) {
			return government == null ? null : government.name(locale);
		}
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		users.current().ifPresent(user -> request.setAttribute(ATTRIBUTE, new Account(user.displayName(), user.role(),
				user.governmentId() == null ? null
						: directory.snapshot().findById(user.governmentId(), LocalDate.now(clock)).orElse(null))));
		return true;
	}
}
