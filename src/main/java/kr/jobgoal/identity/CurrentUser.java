package kr.jobgoal.identity;

/**
 * The signed-in user as other modules see them.
 *
 * @param governmentId the region module's government identity the user is affiliated with; null for
 *     ministry administrators and unaffiliated evaluators
 */
public record CurrentUser(long userId, String username, String displayName, Role role, Long governmentId) {

	public boolean is(Role r) {
		return role == r;
	}
}
