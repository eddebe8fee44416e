package kr.jobgoal.identity;

import java.util.List;

/** The enabled users of a role, for modules that hand work to people (the award year's evaluators). */
public interface UserRoster {

	/** Enabled users of the role, by username. */
	List<CurrentUser> enabled(Role role);
}
