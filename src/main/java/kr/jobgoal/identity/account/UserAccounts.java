package kr.jobgoal.identity.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users of identity_user. Usernames are kept in lower case, so that "Gimje" signs in as "gimje". */
@Repository
public class UserAccounts {

	private static final String COLUMNS = """
			select id, username, display_name, password_hash, role, government_id, enabled, demo, created_at,
			       must_change_password
			from identity_user
			""";

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String normalise(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

	public Optional<Account> findByUsername(String username) {
		return jdbc.sql(COLUMNS + " where username = :username")
			.param("username", normalise(username))
			.query(Account.class)
			.optional();
	}

	public Optional<Account> findById(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(Account.class).optional();
	}

	public List<Account> list() {
		return jdbc.sql(COLUMNS + " order by username").query(Account.class).list();
	}

	boolean any() {
		return jdbc.sql("select exists (select 1 from identity_user)").query(Boolean.class).single();
	}

	long insert(String username, String displayName, String passwordHash, Role role, Long governmentId,
			boolean demo) {
		return jdbc.sql("""
				insert into identity_user (username, display_name, password_hash, role, government_id, demo)
				values (:username, :displayName, :passwordHash, :role, :governmentId, :demo)
				returning id
				""")
			.param("username", normalise(username))
			.param("displayName", displayName)
			.param("passwordHash", passwordHash)
			.param("role", role.name())
			.param("governmentId", governmentId)
			.param("demo", demo)
			.query(Long.class)
			.single();
	}

	void setEnabled(long id, boolean enabled) {
		jdbc.sql("update identity_user set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/** A new password for the user; they must change it themselves at the next sign-in when it was a reset. */
	void setPassword(long id, String passwordHash, boolean mustChange) {
		jdbc.sql("update identity_user set password_hash = :hash, must_change_password = :mustChange where id = :id")
			.param("hash", passwordHash)
			.param("mustChange", mustChange)
			.param("id", id)
			.update();
	}

	void setRoleAndAffiliation(long id, Role role, Long governmentId) {
		jdbc.sql("update identity_user set role = :role, government_id = :governmentId where id = :id")
			.param("role", role.name())
			.param("governmentId", governmentId)
			.param("id", id)
			.update();
	}

	/** One row of identity_user. */
	public record Account(long id, String username, String displayName, String passwordHash, Role role, Long governmentId,
			boolean enabled, boolean demo, Instant createdAt, boolean mustChangePassword) {

		CurrentUser user() {
			return new CurrentUser(id, username, displayName, role, governmentId);
		}

		JobgoalPrincipal principal() {
			return new JobgoalPrincipal(user(), passwordHash, enabled, mustChangePassword);
		}

		/** What the audit log keeps of a user: never the password hash. */
		AuditedUser audited() {
			return new AuditedUser(username, displayName, role, governmentId, enabled, demo, mustChangePassword);
		}
	}

	record AuditedUser(String username, String displayName, Role role, Long governmentId, boolean enabled,
			boolean demo, boolean mustChangePassword) {
	}
}
