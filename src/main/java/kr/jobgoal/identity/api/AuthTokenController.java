package kr.jobgoal.identity.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kr.jobgoal.identity.account.AccessTokens;
import kr.jobgoal.identity.account.ApiTokenAuthentication;
import kr.jobgoal.identity.account.JobgoalPrincipal;
import kr.jobgoal.identity.account.LoginRefusal;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for API clients: issued for a username and password, revoked by the client holding one. */
@Tag(name = "인증 (auth)", description = "API 토큰: 쓰기 요청은 받은 토큰을 Authorization: Bearer … 헤더로 보냅니다.")
@RestController
@RequestMapping("/api/v1/auth/tokens")
class AuthTokenController {

	private final AuthenticationManager authenticationManager;

	private final AccessTokens tokens;

	AuthTokenController(AuthenticationManager authenticationManager, AccessTokens tokens) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
	}

	@Schema(name = "TokenRequest", description = "로그인 정보")
	record Credentials(@Schema(example = "gimje") String username,
			@Schema(example = "김제-일자리-2020!", format = "password") String password) {
	}

	@Schema(name = "Token", description = "발급된 토큰 (다시 보여 주지 않으므로 안전하게 보관하세요)")
	record IssuedToken(@Schema(description = "Authorization: Bearer 뒤에 보낼 값") String token,
			@Schema(description = "만료 일시") Instant expiresAt) {
	}

	@Operation(summary = "토큰 발급", description = "사용자 이름과 비밀번호로 API 토큰을 받습니다. 토큰은 해시로만 저장되며 폐기할 수 있습니다. "
			+ "로그인 실패가 잦으면 잠시 막힙니다 (429, Retry-After).")
	@ApiResponse(responseCode = "201", description = "발급됨")
	@ApiResponse(responseCode = "401", description = "사용자 이름이나 비밀번호가 틀림")
	@ApiResponse(responseCode = "403", description = "관리자가 비밀번호를 초기화해 웹에서 먼저 비밀번호를 바꿔야 함")
	@ApiResponse(responseCode = "429", description = "로그인 실패가 많아 잠시 막힘; Retry-After 헤더와 retryAt")
	@PostMapping
	ResponseEntity<IssuedToken> issue(@RequestBody Credentials credentials, HttpServletRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (credentials.username() == null || credentials.username().isBlank()) {
			problems.add(new FieldProblem("username", "사용자 이름을 입력하세요."));
		}
		if (credentials.password() == null || credentials.password().isEmpty()) {
			problems.add(new FieldProblem("password", "비밀번호를 입력하세요."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("사용자 이름과 비밀번호가 필요합니다.", problems);
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(credentials.username(), credentials.password());
		// the client's address, as the login form's filter attaches it: failures are throttled by it
		attempt.setDetails(new WebAuthenticationDetails(request));
		Authentication signedIn = authenticationManager.authenticate(attempt);
		AccessTokens.Issued issued = tokens.issue((JobgoalPrincipal) signedIn.getPrincipal());
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new IssuedToken(issued.token(), issued.expiresAt()));
	}

	/** Revokes the token this request was sent with (signing out an API client). */
	@Operation(summary = "지금 토큰 폐기 (로그아웃)", description = "이 요청에 보낸 토큰을 폐기합니다. 그 뒤 그 토큰으로는 아무것도 할 수 없습니다.")
	@ApiResponse(responseCode = "204", description = "폐기됨")
	@DeleteMapping("/current")
	ResponseEntity<Void> revokeCurrent(Authentication authentication) {
		if (!(authentication instanceof ApiTokenAuthentication token)) {
			throw new InvalidInputException(
					"폐기할 토큰이 없습니다. 폐기할 토큰을 'Authorization: Bearer …' 헤더로 보내세요.");
		}
		tokens.revoke(token.tokenId());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
		LoginRefusal refusal = LoginRefusal.of(e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.detailKo());
		if (refusal.block() != null) {
			problem.setTitle("로그인 시도 제한");
			problem.setProperty("retryAt", refusal.block().until());
			return ResponseEntity.status(refusal.status())
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.block().seconds()))
				.body(problem);
		}
		problem.setTitle(refusal.status() == HttpStatus.FORBIDDEN ? "비밀번호 변경 필요" : "로그인 실패");
		return ResponseEntity.status(refusal.status()).body(problem);
	}
}
