package kr.jobgoal.identity;

import java.io.Serializable;

/**
 * The signed-in user as other modules see them. Serializable because it lives in the HTTP session
 * (Spring Session JDBC stores the session's security context).
 *
 * @param governmentId the region module's government identity the user is affiliated with; null for
 *     ministry administrators and unaffiliated evaluators
 */
public record CurrentUser(long userId, String username, String displayName, Role role, Long governmentId)
		implements Serializable {

	public boolean is(Role r) {
		return role == r;
	}
}
