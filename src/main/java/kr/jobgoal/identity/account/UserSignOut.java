package kr.jobgoal.identity.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sign-ins at once: their API tokens are revoked (each revocation audited) and their sessions
 * deleted, when they are disabled, their role or affiliation changes, or their password changes.
 */
@Component
class UserSignOut {

	private final AccessTokens tokens;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSignOut(AccessTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.tokens = tokens;
		this.sessions = sessions;
	}

	/** Every token and every session of the user. */
	void everywhere(UserAccounts.Account user) {
		everywhereBut(user, null);
	}

	/** Every token and every session of the user but the one they are using (null for none). */
	void everywhereBut(UserAccounts.Account user, String keptSessionId) {
		tokens.revokeAllOf(user.id());
		sessions.findByPrincipalName(user.username())
			.keySet()
			.stream()
			.filter(id -> !id.equals(keptSessionId))
			.forEach(sessions::deleteById);
	}
}
