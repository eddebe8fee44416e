package kr.jobgoal.identity.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts an audit record into words for people (docs/audit-log.md): "김제시 2021년 연차별 세부계획 공시 (버전 3)",
 * from its entity type, identifier, action and states, and lists the fields that changed, before and after.
 * A record's words are built from message keys {@code identity.audit.type.<type>} and
 * {@code identity.audit.action.<type>.<action>} (else {@code identity.audit.action.<action>}); a type or action
 * without a key is shown as recorded. The log itself is never rewritten: this is how it reads.
 */
@Component
public class AuditDescriptions {

	/** {@code 123/2021}, {@code 123/term-7}, {@code 123/2021/v3} (plan records). */
	private static final Pattern PLAN_ID = Pattern.compile("(\\d+)/(\\d{4}|term-\\d{1,2})(?:/v(\\d+))?");

	/** {@code 123/EMPLOYMENT_RATE_15_64/2021H1} (statistics values). */
	private static final Pattern VALUE_ID = Pattern.compile("(\\d+)/([A-Z0-9_]+)/(.+)");

	/** {@code 123/청년 일자리} (a government's sub-category). */
	private static final Pattern SUB_CATEGORY_ID = Pattern.compile("(\\d+)/(.+)");

	/** Fields that name an element of a list, in the order they are tried. */
	private static final List<String> ELEMENT_NAMES = List.of("name", "title", "indicator", "label");

	private static final String PATH_SEPARATOR = " › ";

	private final MessageSource messages;

	private final GovernmentDirectory directory;

	private final JsonMapper json;

	private final Clock clock;

	AuditDescriptions(MessageSource messages, GovernmentDirectory directory, JsonMapper json, Clock clock) {
		this.messages = messages;
		this.directory = directory;
		this.json = json;
		this.clock = clock;
	}

	/** One changed field: its path in the record's state, its value before and after (null: absent). */
	record Change(String field, String before, String after) {
	}

	/** A record as the audit page shows it. */
	record Described(AuditLogReader.Entry entry, String actorName, String what, List<Change> changes) {
	}

	/** The records in words, with their actors' display names (looked up by the reader, not per row). */
	public List<Described> describe(List<AuditLogReader.Entry> entries, Map<String, String> actorNames, Locale locale) {
		DirectorySnapshot snapshot = directory.snapshot();
		return entries.stream()
			.map(e -> new Described(e, actorNames.get(e.actor()), what(e, snapshot, locale), changes(e)))
			.toList();
	}

	/** The label of an entity type, for the filter; the type itself when it has none. */
	public String typeLabel(String entityType, Locale locale) {
		return message("identity.audit.type." + entityType, locale).orElse(entityType);
	}

	private String what(AuditLogReader.Entry e, DirectorySnapshot snapshot, Locale locale) {
		String action = message("identity.audit.action." + e.entityType() + "." + e.action(), locale)
			.or(() -> message("identity.audit.action." + e.action(), locale))
			.orElse(e.action());
		Subject subject = subject(e, snapshot, locale);
		return msg("identity.audit.what", locale, subject.words(), action,
				subject.detail() == null ? "" : " (" + subject.detail() + ")");
	}

	/**
	 * What a record is about, in words: whose and what (type included), and which one (a version, a period, a
	 * user name), or null.
	 */
	private record Subject(String words, String detail) {
	}

	private Subject subject(AuditLogReader.Entry e, DirectorySnapshot snapshot, Locale locale) {
		String type = e.entityType();
		String id = e.entityId();
		String label = typeLabel(type, locale);
		if (type.equals("plan.draft") || type.equals("plan.version") || type.equals("plan.comment")) {
			Matcher m = PLAN_ID.matcher(id);
			if (m.matches()) {
				boolean annual = !m.group(2).startsWith("term-");
				int value = Integer.parseInt(annual ? m.group(2) : m.group(2).substring("term-".length()));
				LocalDate asOf = annual ? LocalDate.of(value, 3, 31) : LocalDate.now(clock);
				String words = government(snapshot, m.group(1), asOf, locale) + " "
						+ msg(annual ? "identity.audit.year" : "identity.audit.term", locale, value) + " "
						+ msg(annual ? "identity.audit.plan.annual" : "identity.audit.plan.term", locale);
				return new Subject(words,
						m.group(3) == null ? null : msg("identity.audit.version", locale, Integer.parseInt(m.group(3))));
			}
		}
		if (type.equals("plan.subCategory")) {
			Matcher m = SUB_CATEGORY_ID.matcher(id);
			if (m.matches()) {
				return new Subject(government(snapshot, m.group(1), LocalDate.now(clock), locale) + " " + label,
						m.group(2));
			}
		}
		if (type.equals("statistics.value")) {
			Matcher m = VALUE_ID.matcher(id);
			if (m.matches()) {
				return new Subject(government(snapshot, m.group(1), LocalDate.now(clock), locale) + " " + label,
						message("plan.indicator." + m.group(2), locale).orElse(m.group(2)) + ", " + m.group(3));
			}
		}
		if (type.equals("result.fact")) {
			JsonNode state = e.after() != null ? e.after() : e.before();
			if (state != null && state.has("governmentId") && state.has("year")) {
				int year = state.get("year").asInt();
				String words = government(snapshot, state.get("governmentId").asString(), LocalDate.of(year, 3, 31),
						locale) + " " + msg("identity.audit.year", locale, year) + " " + label;
				return new Subject(words, state.has("period") ? state.get("period").asString() : null);
			}
		}
		if (type.equals("calendar.deadline") && id.matches("\\d{4}")) {
			return new Subject(msg("identity.audit.year", locale, Integer.parseInt(id)) + " " + label, null);
		}
		if (type.equals("identity.user")) {
			return new Subject(label, id);
		}
		if (id.equals("demo") || id.equals("demo-data")) {
			return new Subject(label, null);
		}
		return new Subject(label, "#" + id);
	}

	private static String government(DirectorySnapshot snapshot, String id, LocalDate asOf, Locale locale) {
		if (!id.matches("\\d{1,18}")) {
			return id;
		}
		return snapshot.findById(Long.parseLong(id), asOf).map(g -> g.name(locale)).orElse("#" + id);
	}

	/** The fields whose values differ between the states, in the order they appear. */
	private List<Change> changes(AuditLogReader.Entry e) {
		Map<String, String> before = flatten(e.before());
		Map<String, String> after = flatten(e.after());
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String b = before.get(field);
			String a = after.get(field);
			if (!Objects.equals(a, b)) {
				changes.add(new Change(field, b, a));
			}
		}
		return changes;
	}

	/** Every leaf value by its path; list elements are named by their name or title where they have one. */
	private Map<String, String> flatten(JsonNode state) {
		Map<String, String> leaves = new LinkedHashMap<>();
		if (state != null && !state.isNull()) {
			flatten("", state, leaves);
		}
		return leaves;
	}

	private void flatten(String path, JsonNode node, Map<String, String> leaves) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				flatten(join(path, field.getKey()), field.getValue(), leaves);
			}
		}
		else if (node.isArray()) {
			int position = 0;
			Set<String> seen = new LinkedHashSet<>();
			for (JsonNode element : node) {
				position++;
				String label = elementName(element).orElse("#" + position);
				if (!seen.add(label)) {
					label = label + " #" + position;
				}
				flatten(join(path, label), element, leaves);
			}
			if (position == 0) {
				leaves.put(path, "[]");
			}
		}
		else {
			leaves.put(path.isEmpty() ? "" : path, node.isNull() ? "null" : node.asString());
		}
	}

	private static Optional<String> elementName(JsonNode element) {
		if (!element.isObject()) {
			return Optional.empty();
		}
		return ELEMENT_NAMES.stream()
			.filter(name -> element.has(name) && element.get(name).isValueNode() && !element.get(name).asString().isBlank())
			.map(name -> element.get(name).asString())
			.findFirst();
	}

	private static String join(String path, String field) {
		return path.isEmpty() ? field : path + PATH_SEPARATOR + field;
	}

	private String msg(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private Optional<String> message(String key, Locale locale) {
		try {
			return Optional.of(messages.getMessage(key, null, locale));
		}
		catch (NoSuchMessageException e) {
			return Optional.empty();
		}
	}
}
