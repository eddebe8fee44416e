package kr.jobgoal.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in by a bearer token; remembers which token, so that the client can revoke it. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final JobgoalPrincipal principal;

	private final long tokenId;

	ApiTokenAuthentication(JobgoalPrincipal principal, long tokenId) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	long tokenId() {
		return tokenId;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public JobgoalPrincipal getPrincipal() {
		return principal;
	}
}
