package kr.jobgoal.identity.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in by a bearer token; remembers which token, so that the client can revoke it. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final JobgoalPrincipal principal;

	private final long tokenId;

	ApiTokenAuthentication(JobgoalPrincipal principal, long tokenId) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	public long tokenId() {
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
