package kr.jobgoal.identity;

import java.util.Optional;

/** Who is making the current request (session or bearer token). */
public interface CurrentUsers {

	Optional<CurrentUser> current();

	/** The current user, or a 401 when nobody is signed in. */
	CurrentUser require();
}
