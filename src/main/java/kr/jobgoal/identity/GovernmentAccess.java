package kr.jobgoal.identity;

/**
 * Server-side authorisation of work on one government's data, used by every module that writes it.
 * The {@code require…} methods throw {@link org.springframework.security.access.AccessDeniedException}
 * (403, nothing changed).
 */
public interface GovernmentAccess {

	/** A local officer of exactly this government. */
	boolean mayEdit(CurrentUser user, long governmentId);

	/** The government's own officer, a provincial reviewer of its parent metro government, or the ministry. */
	boolean mayReadDrafts(CurrentUser user, long governmentId);

	void requireEdit(CurrentUser user, long governmentId);

	void requireReadDrafts(CurrentUser user, long governmentId);
}
