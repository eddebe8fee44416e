package kr.jobgoal.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's API on users: ending a user's API access at once (a lost laptop, a leaked token). */
@Tag(name = "관리 (admin)", description = "고용노동부 관리자 전용")
@RestController
class AdminUserApiController {

	private final UserAdministration administration;

	AdminUserApiController(UserAdministration administration) {
		this.administration = administration;
	}

	@Schema(name = "RevokedTokens")
	record RevokedTokens(@Schema(description = "폐기한 토큰 수", example = "2") int revoked) {
	}

	@Operation(summary = "사용자의 토큰 모두 폐기 (관리자)", description = "그 사용자의 API 토큰을 모두 바로 폐기합니다 (노트북 분실, 토큰 유출).")
	@DeleteMapping("/api/v1/admin/users/{username}/tokens")
	RevokedTokens revokeTokens(@PathVariable String username) {
		return new RevokedTokens(administration.revokeTokens(username));
	}
}
