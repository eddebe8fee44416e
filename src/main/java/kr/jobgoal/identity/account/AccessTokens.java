package kr.jobgoal.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.audit.JdbcAuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens of the write API: 32 random bytes, given to the client once and stored only as their SHA-256,
 * valid until they expire or are revoked, and only while their user is enabled.
 */
@Service
public class AccessTokens {

	static final String AUDIT_TYPE = "identity.token";

	/** Marks the string as a Jobgoal token, so that secret scanners and people recognise a leaked one. */
	private static final String PREFIX = "jgt_";

	private static final DataClassRowMapper<UserAccounts.Account> ACCOUNT = new DataClassRowMapper<>(
			UserAccounts.Account.class);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final JdbcAuditLog audit;

	private final Duration lifetime;

	private final Clock clock;

	AccessTokens(JdbcClient jdbc, JdbcAuditLog audit, @Value("${jobgoal.api-token.lifetime:12h}") Duration lifetime,
			Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	public record Issued(long id, String token, Instant expiresAt) {
	}

	/** What the audit log keeps of a token: whose it is and until when, never the token. */
	record AuditedToken(String username, Instant expiresAt) {
	}

	/**
	 * A new token for a user who has just proved their password. A password an administrator has reset gives
	 * no token: it is only for signing in on the web to choose a new one.
	 */
	@Transactional
	public Issued issue(JobgoalPrincipal principal) {
		if (principal.mustChangePassword()) {
			throw new PasswordChangeRequiredException();
		}
		CurrentUser user = principal.user();
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
		long id = jdbc.sql("""
				insert into identity_api_token (user_id, token_hash, expires_at)
				values (:userId, :hash, :expiresAt)
				returning id
				""")
			.param("userId", user.userId())
			.param("hash", hash(token))
			.param("expiresAt", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		// the user has just proved their password but is not signed in to this request: name them as the actor
		audit.recordAs(user.username(), AUDIT_TYPE, String.valueOf(id), "issue", null,
				new AuditedToken(user.username(), expiresAt));
		return new Issued(id, token, expiresAt);
	}

	/** The sign-in a token gives, when it is known, unexpired, unrevoked and its user enabled. */
	public Optional<ApiTokenAuthentication> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select t.id as token_id, u.id, u.username, u.display_name, u.password_hash, u.role, u.government_id,
				       u.enabled, u.demo, u.created_at, u.must_change_password
				from identity_api_token t join identity_user u on u.id = t.user_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > now() and u.enabled
				""")
			.param("hash", hash(token))
			.query((rs, row) -> new ApiTokenAuthentication(ACCOUNT.mapRow(rs, row).principal().withoutPassword(),
					rs.getLong("token_id")))
			.optional();
	}

	/** Revokes one token; true when it was still usable. */
	@Transactional
	public boolean revoke(long tokenId) {
		return !revokeWhere("id = :id", tokenId).isEmpty();
	}

	/** Revokes every usable token of a user (an administrator's action); returns how many. */
	@Transactional
	int revokeAllOf(long userId) {
		return revokeWhere("user_id = :id", userId).size();
	}

	private List<Long> revokeWhere(String condition, long id) {
		List<Long> revoked = jdbc.sql("update identity_api_token set revoked_at = now() where " + condition
				+ " and revoked_at is null and expires_at > now() returning id")
			.param("id", id)
			.query(Long.class)
			.list();
		revoked.forEach(token -> audit.record(AUDIT_TYPE, String.valueOf(token), "revoke", null, null));
		return revoked;
	}

	/** The password was reset by an administrator and has not been changed since. */
	static class PasswordChangeRequiredException extends AuthenticationException {

		PasswordChangeRequiredException() {
			super("the password must be changed first");
		}
	}

	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
