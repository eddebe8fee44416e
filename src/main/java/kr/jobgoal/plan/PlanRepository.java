package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their draft and disclosed versions and what they contain, in the {@code plan_*} tables. */
@Repository
class PlanRepository {

	private static final String VERSION_COLUMNS = """
			select v.id, v.plan_id, p.government_id, p.kind, p.period, p.demo, v.version, v.lock_version,
			       v.based_on_version, v.reason, v.updated_at, v.updated_by, v.disclosed_at, v.job_target_total
			from plan_version v join plan_plan p on p.id = v.plan_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PlanRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The header of a version row; its contents are loaded separately. */
	private record Header(long id, long planId, PlanKey key, boolean demo, Integer version, int lockVersion,
			Integer basedOnVersion, String reason, Instant updatedAt, String updatedBy, Instant disclosedAt,
			BigDecimal jobTargetTotal) {

		StoredVersion with(PlanContent content) {
			return new StoredVersion(id, planId, key, demo, version, lockVersion, basedOnVersion, reason, updatedAt,
					updatedBy, disclosedAt, content);
		}
	}

	private static Header header(ResultSet rs, int n) throws SQLException {
		PlanPeriod period = new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period"));
		return new Header(rs.getLong("id"), rs.getLong("plan_id"), new PlanKey(rs.getLong("government_id"), period),
				rs.getBoolean("demo"), (Integer) rs.getObject("version"), rs.getInt("lock_version"),
				(Integer) rs.getObject("based_on_version"), rs.getString("reason"), instant(rs, "updated_at"),
				rs.getString("updated_by"), instant(rs, "disclosed_at"), rs.getBigDecimal("job_target_total"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	// ---- plans

	Optional<Long> findPlanId(PlanKey key) {
		return jdbc.sql("select id from plan_plan where government_id = :g and kind = :kind and period = :period")
			.param("g", key.governmentId())
			.param("kind", key.period().kind().name())
			.param("period", key.period().value())
			.query(Long.class)
			.optional();
	}

	long findOrCreatePlan(PlanKey key, boolean demo) {
		return findPlanId(key).orElseGet(() -> jdbc
			.sql("insert into plan_plan (government_id, kind, period, demo) values (:g, :kind, :period, :demo) returning id")
			.param("g", key.governmentId())
			.param("kind", key.period().kind().name())
			.param("period", key.period().value())
			.param("demo", demo)
			.query(Long.class)
			.single());
	}

	boolean anyPlan() {
		return jdbc.sql("select exists (select 1 from plan_plan)").query(Boolean.class).single();
	}

	// ---- versions

	Optional<StoredVersion> draft(PlanKey key, boolean forUpdate) {
		return one(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DRAFT'"
				+ (forUpdate ? " for update of v" : ""), key, Map.of());
	}

	Optional<StoredVersion> latestDisclosed(PlanKey key) {
		return one(VERSION_COLUMNS + " where " + keyCondition()
				+ " and v.status = 'DISCLOSED' order by v.version desc limit 1", key, Map.of());
	}

	Optional<StoredVersion> disclosed(PlanKey key, int version) {
		return one(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DISCLOSED' and v.version = :version",
				key, Map.of("version", version));
	}

	List<StoredVersion> disclosedVersions(PlanKey key) {
		List<Header> headers = jdbc
			.sql(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DISCLOSED' order by v.version")
			.params(keyParams(key))
			.query(PlanRepository::header)
			.list();
		return withContents(headers);
	}

	/** Every disclosed version of every annual plan of a year, by government then version. */
	List<StoredVersion> allAnnualVersions(int year) {
		List<Header> headers = jdbc.sql(VERSION_COLUMNS
				+ " where p.kind = 'ANNUAL' and p.period = :year and v.status = 'DISCLOSED' order by p.government_id, v.version")
			.param("year", year)
			.query(PlanRepository::header)
			.list();
		return withContents(headers);
	}

	private Optional<StoredVersion> one(String sql, PlanKey key, Map<String, ?> extra) {
		Map<String, Object> params = new HashMap<>(keyParams(key));
		params.putAll(extra);
		return jdbc.sql(sql).params(params).query(PlanRepository::header).optional().map(h -> h.with(content(h)));
	}

	private static String keyCondition() {
		return "p.government_id = :g and p.kind = :kind and p.period = :period";
	}

	private static Map<String, Object> keyParams(PlanKey key) {
		return Map.of("g", key.governmentId(), "kind", key.period().kind().name(), "period", key.period().value());
	}

	long insertDraft(long planId, Integer basedOnVersion, BigDecimal jobTargetTotal, String user) {
		return jdbc.sql("""
				insert into plan_version (plan_id, status, job_target_total, based_on_version, created_by, updated_by)
				values (:plan, 'DRAFT', :total, :basedOn, :user, :user) returning id
				""")
			.param("plan", planId)
			.param("total", jobTargetTotal)
			.param("basedOn", basedOnVersion)
			.param("user", user)
			.query(Long.class)
			.single();
	}

	/** A plan created with its first version already disclosed (demo data). */
	record NewDisclosedPlan(PlanKey key, boolean demo, PlanContent content, Instant disclosedAt, String user) {
	}

	/**
	 * Creates the plans with version 1 disclosed, in batches: each as a draft with its contents, then all
	 * disclosed at once (the database lets a version be disclosed only from a draft, and refuses contents
	 * added to a disclosed one).
	 */
	void insertDisclosedPlans(List<NewDisclosedPlan> created) {
		batch.batchUpdate("insert into plan_plan (government_id, kind, period, demo) values (?, ?, ?, ?)",
				created.stream()
					.map(c -> new Object[] { c.key().governmentId(), c.key().period().kind().name(),
							c.key().period().value(), c.demo() })
					.toList());
		Map<PlanKey, Long> planIds = new HashMap<>();
		jdbc.sql("select id, government_id, kind, period from plan_plan").query(rs -> {
			planIds.put(new PlanKey(rs.getLong("government_id"),
					new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period"))), rs.getLong("id"));
		});
		batch.batchUpdate("""
				insert into plan_version (plan_id, status, job_target_total, created_at, created_by, updated_at,
				                          updated_by)
				values (?, 'DRAFT', ?, ?, ?, ?, ?)
				""", created.stream().map(c -> {
			Timestamp at = Timestamp.from(c.disclosedAt());
			return new Object[] { planIds.get(c.key()), c.content().jobTargetTotal(), at, c.user(), at, c.user() };
		}).toList());
		Map<Long, Long> draftIdByPlan = new HashMap<>();
		jdbc.sql("select id, plan_id from plan_version where status = 'DRAFT'").query(rs -> {
			draftIdByPlan.put(rs.getLong("plan_id"), rs.getLong("id"));
		});
		Map<Long, PlanContent> contents = new LinkedHashMap<>();
		created.forEach(c -> contents.put(draftIdByPlan.get(planIds.get(c.key())), c.content()));
		insertContents(contents);
		batch.batchUpdate("""
				update plan_version set status = 'DISCLOSED', version = 1, disclosed_at = ?, disclosed_by = ?
				where id = ?
				""", created.stream()
			.map(c -> new Object[] { Timestamp.from(c.disclosedAt()), c.user(), draftIdByPlan.get(planIds.get(c.key())) })
			.toList());
	}

	/** Saves the draft's header if it is still at {@code expectedLock}; false when someone saved in between. */
	boolean updateDraft(long versionId, int expectedLock, BigDecimal jobTargetTotal, String user) {
		return jdbc.sql("""
				update plan_version set job_target_total = :total, lock_version = lock_version + 1,
				       updated_at = now(), updated_by = :user
				where id = :id and status = 'DRAFT' and lock_version = :lock
				""")
			.param("total", jobTargetTotal)
			.param("user", user)
			.param("id", versionId)
			.param("lock", expectedLock)
			.update() == 1;
	}

	boolean disclose(long versionId, int expectedLock, int version, String reason, String user) {
		return jdbc.sql("""
				update plan_version set status = 'DISCLOSED', version = :version, reason = :reason,
				       disclosed_at = now(), disclosed_by = :user, updated_at = now(), updated_by = :user
				where id = :id and status = 'DRAFT' and lock_version = :lock
				""")
			.param("version", version)
			.param("reason", reason)
			.param("user", user)
			.param("id", versionId)
			.param("lock", expectedLock)
			.update() == 1;
	}

	void deleteDraft(long versionId) {
		jdbc.sql("delete from plan_version where id = :id and status = 'DRAFT'").param("id", versionId).update();
	}

	int nextVersion(long planId) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from plan_version where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	// ---- contents

	private PlanContent content(Header header) {
		return withContents(List.of(header)).get(0).content();
	}

	private List<StoredVersion> withContents(List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		List<Long> ids = headers.stream().map(Header::id).toList();
		Map<Long, List<Target>> targets = new HashMap<>();
		jdbc.sql("select version_id, indicator, baseline_value, target_value from plan_target"
				+ " where version_id in (:ids) order by version_id, position")
			.param("ids", ids)
			.query(rs -> {
				Indicator indicator = Indicator.valueOf(rs.getString("indicator"));
				int scale = TargetRules.scale(indicator);
				targets.computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>())
					.add(new Target(indicator, rs.getBigDecimal("baseline_value").setScale(scale),
							rs.getBigDecimal("target_value").setScale(scale)));
			});
		Map<StrategyKey, List<Program>> programs = new HashMap<>();
		jdbc.sql("""
				select version_id, strategy_id, program_id, name, type, sub_category, department, job_target,
				       budget_national, budget_provincial, budget_local, budget_other
				from plan_program where version_id in (:ids) order by version_id, position
				""")
			.param("ids", ids)
			.query(rs -> {
				programs.computeIfAbsent(new StrategyKey(rs.getLong("version_id"), rs.getLong("strategy_id")),
						k -> new ArrayList<>())
					.add(new Program(rs.getLong("program_id"), rs.getString("name"),
							ProgramType.valueOf(rs.getString("type")), rs.getString("sub_category"),
							rs.getString("department"), rs.getBigDecimal("job_target"),
							new Budget(rs.getBigDecimal("budget_national"), rs.getBigDecimal("budget_provincial"),
									rs.getBigDecimal("budget_local"), rs.getBigDecimal("budget_other"))));
			});
		Map<Long, List<Strategy>> strategies = new HashMap<>();
		jdbc.sql("select version_id, strategy_id, title from plan_strategy where version_id in (:ids)"
				+ " order by version_id, position")
			.param("ids", ids)
			.query(rs -> {
				long versionId = rs.getLong("version_id");
				long strategyId = rs.getLong("strategy_id");
				strategies.computeIfAbsent(versionId, k -> new ArrayList<>())
					.add(new Strategy(strategyId, rs.getString("title"),
							programs.getOrDefault(new StrategyKey(versionId, strategyId), List.of())));
			});
		return headers.stream()
			.map(h -> h.with(new PlanContent(targets.getOrDefault(h.id(), List.of()), h.jobTargetTotal(),
					strategies.getOrDefault(h.id(), List.of()))))
			.toList();
	}

	private record StrategyKey(long versionId, long strategyId) {
	}

	/** Replaces a draft's contents; returns them with ids given to new strategies and programs. */
	PlanContent replaceContents(long versionId, PlanContent content) {
		jdbc.sql("delete from plan_program where version_id = :id").param("id", versionId).update();
		jdbc.sql("delete from plan_strategy where version_id = :id").param("id", versionId).update();
		jdbc.sql("delete from plan_target where version_id = :id").param("id", versionId).update();
		return insertContents(Map.of(versionId, content)).get(versionId);
	}

	/**
	 * Inserts the contents of several versions in three batches; strategies and programs without an id get a
	 * new one. Returns the contents as stored, by version id.
	 */
	Map<Long, PlanContent> insertContents(Map<Long, PlanContent> contents) {
		int newStrategies = 0;
		int newPrograms = 0;
		for (PlanContent c : contents.values()) {
			for (Strategy s : c.strategies()) {
				newStrategies += s.id() == null ? 1 : 0;
				newPrograms += (int) s.programs().stream().filter(p -> p.id() == null).count();
			}
		}
		var strategyIds = nextIds("plan_strategy_id_seq", newStrategies).iterator();
		var programIds = nextIds("plan_program_id_seq", newPrograms).iterator();

		Map<Long, PlanContent> stored = new LinkedHashMap<>();
		List<Object[]> targetRows = new ArrayList<>();
		List<Object[]> strategyRows = new ArrayList<>();
		List<Object[]> programRows = new ArrayList<>();
		contents.forEach((versionId, content) -> {
			for (int i = 0; i < content.targets().size(); i++) {
				Target t = content.targets().get(i);
				targetRows.add(new Object[] { versionId, t.indicator().name(), i, t.baselineValue(), t.targetValue() });
			}
			List<Strategy> strategies = new ArrayList<>();
			int position = 0;
			for (int i = 0; i < content.strategies().size(); i++) {
				Strategy s = content.strategies().get(i);
				long strategyId = s.id() != null ? s.id() : strategyIds.next();
				strategyRows.add(new Object[] { versionId, strategyId, i, s.title() });
				List<Program> programs = new ArrayList<>();
				for (Program p : s.programs()) {
					long programId = p.id() != null ? p.id() : programIds.next();
					Budget b = p.budget();
					programRows.add(new Object[] { versionId, programId, strategyId, position++, p.name(),
							p.type().name(), p.subCategory(), p.department(), p.jobTarget(), b.national(),
							b.provincial(), b.local(), b.other() });
					programs.add(new Program(programId, p.name(), p.type(), p.subCategory(), p.department(),
							p.jobTarget(), b));
				}
				strategies.add(new Strategy(strategyId, s.title(), programs));
			}
			stored.put(versionId, new PlanContent(content.targets(), content.jobTargetTotal(), strategies));
		});
		batch.batchUpdate("insert into plan_target (version_id, indicator, position, baseline_value, target_value)"
				+ " values (?, ?, ?, ?, ?)", targetRows);
		batch.batchUpdate("insert into plan_strategy (version_id, strategy_id, position, title) values (?, ?, ?, ?)",
				strategyRows);
		batch.batchUpdate("""
				insert into plan_program (version_id, program_id, strategy_id, position, name, type, sub_category,
				  department, job_target, budget_national, budget_provincial, budget_local, budget_other)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", programRows);
		return stored;
	}

	private List<Long> nextIds(String sequence, int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("select nextval('" + sequence + "') from generate_series(1, :n)")
			.param("n", count)
			.query(Long.class)
			.list();
	}

	/** Ids of every strategy and program that any version of the plan has had. */
	record KnownIds(Set<Long> strategies, Set<Long> programs) {
	}

	KnownIds knownIds(long planId) {
		Set<Long> strategies = Set.copyOf(jdbc.sql("select distinct s.strategy_id from plan_strategy s"
				+ " join plan_version v on v.id = s.version_id where v.plan_id = :plan")
			.param("plan", planId)
			.query(Long.class)
			.list());
		Set<Long> programs = Set.copyOf(jdbc.sql("select distinct pr.program_id from plan_program pr"
				+ " join plan_version v on v.id = pr.version_id where v.plan_id = :plan")
			.param("plan", planId)
			.query(Long.class)
			.list());
		return new KnownIds(strategies, programs);
	}

	// ---- draft revisions

	void saveRevision(long versionId, int lockVersion, String json, String user) {
		jdbc.sql("insert into plan_draft_revision (version_id, lock_version, content, saved_by)"
				+ " values (:id, :lock, cast(:json as jsonb), :user)")
			.param("id", versionId)
			.param("lock", lockVersion)
			.param("json", json)
			.param("user", user)
			.update();
	}

	Optional<String> revision(long versionId, int lockVersion) {
		return jdbc.sql("select content::text from plan_draft_revision where version_id = :id and lock_version = :lock")
			.param("id", versionId)
			.param("lock", lockVersion)
			.query(String.class)
			.optional();
	}

	// ---- sub-categories

	Map<String, ProgramType> subCategories(long governmentId) {
		Map<String, ProgramType> result = new LinkedHashMap<>();
		jdbc.sql("select name, type from plan_sub_category where government_id = :g order by name")
			.param("g", governmentId)
			.query(rs -> {
				result.put(rs.getString("name"), ProgramType.valueOf(rs.getString("type")));
			});
		return result;
	}

	/** @param demo generated demo data; a sub-category added again by a user is theirs (no longer demo) */
	void addSubCategory(long governmentId, String name, ProgramType type, boolean demo) {
		jdbc.sql("insert into plan_sub_category (government_id, name, type, demo) values (:g, :name, :type, :demo)"
				+ " on conflict (government_id, name) do update set type = excluded.type, demo = excluded.demo")
			.param("g", governmentId)
			.param("name", name)
			.param("type", type.name())
			.param("demo", demo)
			.update();
	}

	boolean removeSubCategory(long governmentId, String name) {
		return jdbc.sql("delete from plan_sub_category where government_id = :g and name = :name")
			.param("g", governmentId)
			.param("name", name)
			.update() == 1;
	}

	// ---- comments

	record Comment(long id, String author, String authorName, String body, Instant createdAt, boolean onCurrentDraft) {
	}

	void addComment(long planId, long versionId, String author, String authorName, String body) {
		jdbc.sql("insert into plan_comment (plan_id, version_id, author, author_name, body)"
				+ " values (:plan, :version, :author, :name, :body)")
			.param("plan", planId)
			.param("version", versionId)
			.param("author", author)
			.param("name", authorName)
			.param("body", body)
			.update();
	}

	List<Comment> comments(long planId, Long currentDraftId) {
		return jdbc.sql("select id, author, author_name, body, created_at, version_id from plan_comment"
				+ " where plan_id = :plan order by created_at, id")
			.param("plan", planId)
			.query((rs, n) -> new Comment(rs.getLong("id"), rs.getString("author"), rs.getString("author_name"),
					rs.getString("body"), instant(rs, "created_at"),
					currentDraftId != null && currentDraftId.equals(rs.getObject("version_id", Long.class))))
			.list();
	}

	// ---- overviews

	/** Where a government's plan for a period stands. */
	record Standing(long governmentId, Integer latestVersion, Instant firstDisclosedAt, Instant lastDisclosedAt,
			boolean hasDraft, boolean demo, BigDecimal jobTargetTotal) {
	}

	/** The standing of every plan of the period that exists, by government id. */
	Map<Long, Standing> standings(PlanPeriod period, Collection<Long> governmentIds) {
		if (governmentIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select p.government_id, p.demo,
				       max(v.version) as latest_version,
				       min(v.disclosed_at) as first_disclosed_at,
				       max(v.disclosed_at) as last_disclosed_at,
				       bool_or(v.status = 'DRAFT') as has_draft,
				       (select l.job_target_total from plan_version l where l.plan_id = p.id and l.status = 'DISCLOSED'
				        order by l.version desc limit 1) as job_target_total
				from plan_plan p left join plan_version v on v.plan_id = p.id
				where p.kind = :kind and p.period = :period and p.government_id in (:ids)
				group by p.id, p.government_id, p.demo
				""")
			.param("kind", period.kind().name())
			.param("period", period.value())
			.param("ids", governmentIds)
			.query((rs, n) -> new Standing(rs.getLong("government_id"), (Integer) rs.getObject("latest_version"),
					instant(rs, "first_disclosed_at"), instant(rs, "last_disclosed_at"),
					Boolean.TRUE.equals(rs.getObject("has_draft")), rs.getBoolean("demo"),
					rs.getBigDecimal("job_target_total")))
			.list()
			.stream()
			.collect(Collectors.toMap(Standing::governmentId, Function.identity()));
	}

	/** The latest year for which any government has an annual plan. */
	Optional<Integer> latestAnnualYear() {
		return jdbc.sql("select max(period) from plan_plan where kind = 'ANNUAL'").query(Integer.class).optional();
	}

	/** The periods with a disclosed version, annual plans latest year first, then comprehensive plans. */
	List<PlanPeriod> disclosedPeriodsOf(long governmentId) {
		return jdbc.sql("""
				select p.kind, p.period from plan_plan p
				where p.government_id = :g and exists (select 1 from plan_version v where v.plan_id = p.id and v.status = 'DISCLOSED')
				order by p.kind, p.period desc
				""")
			.param("g", governmentId)
			.query((rs, n) -> new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period")))
			.list();
	}

	/** Each of the government's plan periods with its latest disclosed version (null: none yet), in one query. */
	Map<PlanPeriod, Integer> latestVersionsOf(long governmentId) {
		Map<PlanPeriod, Integer> latest = new LinkedHashMap<>();
		jdbc.sql("""
				select p.kind, p.period, max(v.version) filter (where v.status = 'DISCLOSED') as latest
				from plan_plan p left join plan_version v on v.plan_id = p.id
				where p.government_id = :g
				group by p.kind, p.period
				order by p.kind, p.period desc""")
			.param("g", governmentId)
			.query(rs -> {
				int version = rs.getInt("latest");
				latest.put(new PlanPeriod(PlanKind.valueOf(rs.getString("kind")), rs.getInt("period")),
						rs.wasNull() ? null : version);
			});
		return latest;
	}
}
