package kr.jobgoal.identity.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log for the administrator, newest first, a page at a time. */
@Component
public class AuditLogReader {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLogReader(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * What to show; every part may be null.
	 *
	 * @param from first day (Korean time), inclusive
	 * @param to last day (Korean time), inclusive
	 */
	public record Filter(String entityType, String actor, LocalDate from, LocalDate to) {
	}

	/** One change, with its states as recorded (null when absent). */
	public record Entry(long id, Instant occurredAt, String actor, String entityType, String entityId, String action,
			JsonNode before, JsonNode after) {
	}

	public record Page(List<Entry> entries, int page, int pages, long total) {
	}

	/** @param page 1-based */
	public Page read(Filter filter, int page) {
		String where = """
				where (cast(:type as text) is null or entity_type = :type)
				  and (cast(:actor as text) is null or actor = :actor)
				  and (cast(:from as date) is null or occurred_at >= cast(:from as date) at time zone 'Asia/Seoul')
				  and (cast(:to as date) is null or occurred_at < (cast(:to as date) + 1) at time zone 'Asia/Seoul')
				""";
		long total = bind(jdbc.sql("select count(*) from identity_audit_log " + where), filter).query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(1, page), pages);
		List<Entry> entries = bind(jdbc.sql("""
				select id, occurred_at, actor, entity_type, entity_id, action,
				       before_state::text as before_state, after_state::text as after_state
				from identity_audit_log
				""" + where + " order by occurred_at desc, id desc limit :limit offset :offset"), filter)
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("action"), state(rs.getString("before_state")),
					state(rs.getString("after_state"))))
			.list();
		return new Page(entries, current, pages, total);
	}

	/** The entity types and actors that occur, for the filter's choices. */
	public List<String> entityTypes() {
		return jdbc.sql("select distinct entity_type from identity_audit_log order by 1").query(String.class).list();
	}

	public List<String> actors() {
		return jdbc.sql("select distinct actor from identity_audit_log order by 1").query(String.class).list();
	}

	/** The display names of the actors that are users (not "system"), in one query. */
	public Map<String, String> displayNames(Collection<String> actors) {
		if (actors.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select username, display_name from identity_user where username in (:names)")
			.param("names", actors)
			.query(rs -> {
				names.put(rs.getString("username"), rs.getString("display_name"));
			});
		return names;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
		return statement.param("type", blankToNull(filter.entityType()))
			.param("actor", blankToNull(filter.actor()))
			.param("from", filter.from() == null ? null : java.sql.Date.valueOf(filter.from()))
			.param("to", filter.to() == null ? null : java.sql.Date.valueOf(filter.to()));
	}

	private JsonNode state(String state) {
		return state == null ? null : json.readTree(state);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
