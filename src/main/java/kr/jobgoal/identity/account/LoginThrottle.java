package kr.jobgoal.identity.account;

import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting a stranger lock anyone out (docs/accounts.md). Failed sign-ins
 * are counted under three keys: the account from this client address, the client address for any account,
 * and the account from every address. Each key has a number of free failures; every failure beyond them
 * refuses the key for a delay that doubles up to a cap. The account from every address has a high threshold
 * and a low cap, so that guessing from many addresses only slows the account down.
 * <p>
 * Keys are stored as HMACs under a secret kept in the database, an IPv6 address counts by its /64 network,
 * counts are forgotten a day after their last failure, and the table never holds more than a bounded number
 * of rows: both are cleaned up as failures are written, so that no scheduler is needed. The database's clock
 * decides, so that all app instances agree.
 */
@Component
public class LoginThrottle {

	/** How many failures a key has free, the delay after the first one beyond them, and the longest delay. */
	public record Rule(String scope, int freeFailures, Duration firstDelay, Duration maxDelay) {
	}

	public static final Rule ACCOUNT_AT_ADDRESS = new Rule("account-address", 4, Duration.ofSeconds(15), Duration.ofHours(1));

	public static final Rule ACCOUNT = new Rule("account", 100, Duration.ofSeconds(15), Duration.ofMinutes(5));

	static final Duration MEMORY = Duration.ofDays(1);

	/**
	 * Until when a sign-in is refused, and how many seconds that was from then by the database's clock.
	 * Serializable: the login form keeps the refusal in the session for the page that shows it.
	 */
	public record Block(Instant until, long seconds) implements Serializable {
	}

	private final JdbcClient jdbc;

	private final Rule address;

	private final int maxRows;

	private volatile SecretKeySpec secret;

	LoginThrottle(JdbcClient jdbc, @Value("${jobgoal.login-throttle.address-free-failures:50}") int addressFreeFailures,
			@Value("${jobgoal.login-throttle.max-rows:100000}") int maxRows) {
		this.jdbc = jdbc;
		this.address = new Rule("address", addressFreeFailures, Duration.ofSeconds(15), Duration.ofHours(1));
		this.maxRows = maxRows;
	}

	public Rule addressRule() {
		return address;
	}

	/** Whether a sign-in to this account from this address is refused now, whatever the password. */
	Optional<Block> blocked(String username, String clientAddress) {
		return jdbc.sql("""
				select max(blocked_until) as until,
				       ceil(extract(epoch from max(blocked_until) - now()))::bigint as seconds
				from identity_login_throttle where key_hash in (:keys) and blocked_until > now()
				""")
			.param("keys", keys(username, clientAddress))
			.query((rs, row) -> rs.getTimestamp("until") == null ? Optional.<Block>empty()
					: Optional.of(new Block(rs.getTimestamp("until").toInstant(), Math.max(1, rs.getLong("seconds")))))
			.single();
	}

	/** Counts a failure under every key; returns the block it starts, if it was one too many for any key. */
	Optional<Block> recordFailure(String username, String clientAddress) {
		jdbc.sql("delete from identity_login_throttle where last_failure < now() - make_interval(secs => :memory)")
			.param("memory", MEMORY.toSeconds())
			.update();
		String accountKey = UserAccounts.normalise(username);
		String network = network(clientAddress);
		boolean newKey = false;
		Optional<Block> block = Optional.empty();
		for (Counted counted : List.of(count(ACCOUNT_AT_ADDRESS, accountKey + "@" + network),
				count(address, network), count(ACCOUNT, accountKey))) {
			newKey |= counted.inserted();
			if (counted.block().isPresent()
					&& (block.isEmpty() || counted.block().get().until().isAfter(block.get().until()))) {
				block = counted.block();
			}
		}
		if (newKey) {
			// only a new row can take the table over its bound: drop the rows that failed longest ago
			jdbc.sql("""
					delete from identity_login_throttle where key_hash in (
					    select key_hash from identity_login_throttle order by last_failure desc offset :max)
					""").param("max", maxRows).update();
		}
		return block;
	}

	/** A successful sign-in forgets this address's failures for the account (not the other keys' counts). */
	void clear(String username, String clientAddress) {
		jdbc.sql("delete from identity_login_throttle where key_hash = :key")
			.param("key", hash(ACCOUNT_AT_ADDRESS, UserAccounts.normalise(username) + "@" + network(clientAddress)))
			.update();
	}

	private record Counted(boolean inserted, Optional<Block> block) {
	}

	private record Row(boolean inserted, int failures) {
	}

	private Counted count(Rule rule, String key) {
		String hash = hash(rule, key);
		Row row = jdbc.sql("""
				insert into identity_login_throttle as t (key_hash, failures, last_failure)
				values (:key, 1, now())
				on conflict (key_hash) do update set failures = t.failures + 1, last_failure = now()
				returning (xmax = 0) as inserted, failures
				""")
			.param("key", hash)
			.query((rs, n) -> new Row(rs.getBoolean("inserted"), rs.getInt("failures")))
			.single();
		return new Counted(row.inserted(), block(rule, hash, row.failures()));
	}

	/** Refuses the key for its delay when the failure was beyond its free ones. */
	private Optional<Block> block(Rule rule, String hash, int failures) {
		if (failures <= rule.freeFailures()) {
			return Optional.empty();
		}
		// the exponent is bounded so that a long run of failures cannot overflow the arithmetic
		int doublings = Math.min(failures - rule.freeFailures() - 1, 20);
		long seconds = Math.min(rule.firstDelay().toSeconds() << doublings, rule.maxDelay().toSeconds());
		return Optional.of(jdbc.sql("""
				update identity_login_throttle set blocked_until = now() + make_interval(secs => :seconds)
				where key_hash = :key returning blocked_until
				""")
			.param("seconds", seconds)
			.param("key", hash)
			.query((rs, n) -> new Block(rs.getTimestamp(1).toInstant(), seconds))
			.single());
	}

	private List<String> keys(String username, String clientAddress) {
		String account = UserAccounts.normalise(username);
		String network = network(clientAddress);
		return List.of(hash(ACCOUNT_AT_ADDRESS, account + "@" + network), hash(address, network),
				hash(ACCOUNT, account));
	}

	/** The key's row in the table: tests use it to set a known state. */
	public String hash(Rule rule, String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(secret());
			return HexFormat.of().formatHex(mac.doFinal((rule.scope() + "\n" + key).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
		}
	}

	private SecretKeySpec secret() {
		SecretKeySpec key = secret;
		if (key == null) {
			byte[] bytes = jdbc.sql("select secret from identity_login_throttle_secret").query(byte[].class).single();
			key = new SecretKeySpec(bytes, "HmacSHA256");
			secret = key;
		}
		return key;
	}

	/**
	 * The address a client is counted by: an IPv4 address as it is, an IPv6 address by its /64 network (one
	 * subscriber usually has a whole /64, and would otherwise get a fresh count from each of its addresses).
	 */
	public static String network(String clientAddress) {
		if (clientAddress == null || clientAddress.isBlank()) {
			return "unknown";
		}
		if (clientAddress.indexOf(':') < 0) {
			return clientAddress;
		}
		try {
			// a literal with a colon is parsed, never looked up
			byte[] bytes = InetAddress.getByName(clientAddress).getAddress();
			if (bytes.length == 4) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
		}
		catch (UnknownHostException e) {
			return clientAddress;
		}
	}
}
