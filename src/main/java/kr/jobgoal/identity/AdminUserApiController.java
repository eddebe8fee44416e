package kr.jobgoal.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's API on users: ending a user's API access at once (a lost laptop, a leaked token),
 * setting their role, affiliation and status, and resetting their password. {@link UserAdministration}
 * decides, as for the pages.
 */
@Tag(name = "관리 (admin)", description = "고용노동부 관리자 전용")
@RestController
class AdminUserApiController {

	private final UserAdministration administration;

	private final CurrentUsers currentUsers;

	AdminUserApiController(UserAdministration administration, CurrentUsers currentUsers) {
		this.administration = administration;
		this.currentUsers = currentUsers;
	}

	/** A user as the API shows them; the government by its id in the region module's directory. */
	record UserView(String username, String displayName, Role role, Long governmentId, boolean enabled,
			boolean mustChangePassword) {

		static UserView of(UserAccounts.Account account) {
			return new UserView(account.username(), account.displayName(), account.role(), account.governmentId(),
					account.enabled(), account.mustChangePassword());
		}
	}

	/** The role as text, so that an unknown one is the service's field error, not a parse failure. */
	record UserChangeRequest(String role, String governmentCode, Boolean enabled) {

		/** A PUT sets everything: a missing status is not read as "active". */
		UserAdministration.UserChange parsed() {
			if (enabled == null) {
				throw new InvalidInputException("사용자를 바꾸지 못했습니다.",
						List.of(new FieldProblem("enabled", "상태를 true(사용) 또는 false(사용 중지)로 보내세요.")));
			}
			Role parsedRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
			return new UserAdministration.UserChange(parsedRole, governmentCode, enabled);
		}
	}

	@Schema(name = "RevokedTokens")
	record RevokedTokens(@Schema(description = "폐기한 토큰 수", example = "2") int revoked) {
	}

	@Operation(summary = "사용자의 토큰 모두 폐기 (관리자)", description = "그 사용자의 API 토큰을 모두 바로 폐기합니다 (노트북 분실, 토큰 유출).")
	@DeleteMapping("/api/v1/admin/users/{username}/tokens")
	RevokedTokens revokeTokens(@PathVariable String username) {
		return new RevokedTokens(administration.revokeTokens(username));
	}

	@PutMapping("/api/v1/admin/users/{username}")
	UserView update(@PathVariable String username, @RequestBody UserChangeRequest change) {
		return UserView.of(administration.update(username, change.parsed(), currentUsers.require()));
	}

	/** The one-time password is in this answer only: it is stored nowhere but as its hash, and never cached. */
	@PostMapping("/api/v1/admin/users/{username}/password-resets")
	ResponseEntity<Map<String, String>> resetPassword(@PathVariable String username) {
		String oneTimePassword = administration.resetPassword(username, currentUsers.require());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("username", UserAccounts.normalise(username), "oneTimePassword", oneTimePassword));
	}
}
