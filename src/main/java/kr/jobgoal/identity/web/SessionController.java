package kr.jobgoal.identity.web;

import jakarta.servlet.http.HttpSession;
import kr.jobgoal.identity.IdentityPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** "연장" in the session-expiry warning: any signed-in request restarts the idle time; this one does nothing else. */
@RestController
class SessionController {

	@PostMapping(IdentityPaths.SESSION_EXTEND)
	ResponseEntity<Void> extend(HttpSession session) {
		return ResponseEntity.noContent().header("X-Session-Timeout", String.valueOf(session.getMaxInactiveInterval()))
			.build();
	}
}
