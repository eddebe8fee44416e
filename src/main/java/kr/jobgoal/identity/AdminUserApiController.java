package kr.jobgoal.identity;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's API on users: ending a user's API access at once (a lost laptop, a leaked token). */
@RestController
class AdminUserApiController {

	private final UserAdministration administration;

	AdminUserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@DeleteMapping("/api/v1/admin/users/{username}/tokens")
	Map<String, Integer> revokeTokens(@PathVariable String username) {
		return Map.of("revoked", administration.revokeTokens(username));
	}
}
