package kr.jobgoal.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
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
@RestController
@RequestMapping("/api/v1/auth/tokens")
class AuthTokenController {

	private final AuthenticationManager authenticationManager;

	private final AccessTokens tokens;

	AuthTokenController(AuthenticationManager authenticationManager, AccessTokens tokens) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
	}

	record Credentials(String username, String password) {
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

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
