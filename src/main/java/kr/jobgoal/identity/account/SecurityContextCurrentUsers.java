package kr.jobgoal.identity.account;

import java.util.Optional;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextCurrentUsers implements CurrentUsers {

	@Override
	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof JobgoalPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	@Override
	public CurrentUser require() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("로그인이 필요합니다."));
	}
}
