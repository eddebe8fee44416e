package kr.jobgoal.identity.api;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.Role;
import kr.jobgoal.identity.account.UserAccounts;
import kr.jobgoal.identity.account.UserAdministration;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
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
	@Schema(name = "AdminUser", description = "사용자 (관리자에게 보이는 모습)")
	record UserView(@Schema(example = "gimje") String username, @Schema(example = "김제시 담당자") String displayName,
			Role role,
			@Schema(description = "소속 지자체의 내부 id (없으면 null)", nullable = true) Long governmentId,
			@Schema(description = "사용 중이면 true, 사용 중지면 false") boolean enabled,
			@Schema(description = "일회용 비밀번호로 재설정되어 다음 로그인 때 바꿔야 하면 true") boolean mustChangePassword) {

		static UserView of(UserAccounts.Account account) {
			return new UserView(account.username(), account.displayName(), account.role(), account.governmentId(),
					account.enabled(), account.mustChangePassword());
		}
	}

	/** The role as text, so that an unknown one is the service's field error, not a parse failure. */
	@Schema(name = "AdminUserChange", description = "역할, 소속, 상태를 한 번에 정합니다 (PUT: 모두 보냅니다)")
	record UserChangeRequest(
			@Schema(description = "MINISTRY_ADMIN, PROVINCIAL_REVIEWER, LOCAL_OFFICER, EVALUATOR", example = "LOCAL_OFFICER") String role,
			@Schema(description = "소속 지자체 코드 (담당자·검토자는 필수, 그 밖에는 null)", example = "52210", nullable = true) String governmentCode,
			@Schema(description = "true 사용, false 사용 중지", example = "true") Boolean enabled) {

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

	@Operation(summary = "사용자의 역할·소속·상태 변경 (관리자)",
			description = "역할이나 소속을 바꾸거나 사용을 중지하면 그 사용자의 세션과 토큰이 모두 끝납니다. 자기 자신의 역할 변경과 사용 중지는 할 수 없습니다 (400).")
	@PutMapping("/api/v1/admin/users/{username}")
	UserView update(@PathVariable String username, @RequestBody UserChangeRequest change) {
		return UserView.of(administration.update(username, change.parsed(), currentUsers.require()));
	}

	@Schema(name = "PasswordReset")
	record PasswordReset(@Schema(example = "gimje") String username,
			@Schema(description = "이 응답에만 나오는 일회용 비밀번호; 다음 로그인 때 바꿔야 합니다", example = "EufmiuV2rLe2Njeh") String oneTimePassword) {
	}

	/** The one-time password is in this answer only: it is stored nowhere but as its hash, and never cached. */
	@Operation(summary = "일회용 비밀번호로 재설정 (관리자)",
			description = "새 일회용 비밀번호를 만들어 이 응답에만 돌려줍니다 (Cache-Control: no-store). 그 사용자의 세션과 토큰은 끝나고, 다음 로그인 때 비밀번호를 바꿔야 합니다.")
	@ApiResponse(responseCode = "201", description = "일회용 비밀번호")
	@PostMapping("/api/v1/admin/users/{username}/password-resets")
	ResponseEntity<PasswordReset> resetPassword(@PathVariable String username) {
		String oneTimePassword = administration.resetPassword(username, currentUsers.require());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new PasswordReset(UserAccounts.normalise(username), oneTimePassword));
	}
}
