package kr.jobgoal.identity;

/**
 * The addresses of the identity module's pages, named once: the controllers answer them, the authorisation
 * rules and the password-change gate refer to them.
 */
public final class IdentityPaths {

	public static final String ACCOUNT_PASSWORD = "/account/password";

	public static final String ADMIN_USERS = "/admin/users";

	public static final String ADMIN_AUDIT = "/admin/audit";

	public static final String ADMIN_AUDIT_CHAIN = ADMIN_AUDIT + "/chain";

	public static final String SESSION_EXTEND = "/session/extend";

	private IdentityPaths() {
	}
}
