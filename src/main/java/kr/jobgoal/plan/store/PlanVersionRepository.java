package kr.jobgoal.plan.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanKind;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.StoredVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans ({@code plan_plan}) and their draft and disclosed versions ({@code plan_version}); what a version
 * contains is read and written by {@link PlanContentRepository}.
 */
@Repository
public class PlanVersionRepository {

	private static final String VERSION_COLUMNS = """
			select v.id, v.plan_id, p.government_id, p.kind, p.period, p.demo, v.version, v.lock_version,
			       v.based_on_version, v.reason, v.updated_at, v.updated_by, v.disclosed_at, v.job_target_total
			from plan_version v join plan_plan p on p.id = v.plan_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final PlanContentRepository contents;

	public PlanVersionRepository(JdbcClient jdbc, JdbcTemplate batch, PlanContentRepository contents) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.contents = contents;
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

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	// ---- plans

	public Optional<Long> findPlanId(PlanKey key) {
		return jdbc.sql("select id from plan_plan where government_id = :g and kind = :kind and period = :period")
			.param("g", key.governmentId())
			.param("kind", key.period().kind().name())
			.param("period", key.period().value())
			.query(Long.class)
			.optional();
	}

	public long findOrCreatePlan(PlanKey key, boolean demo) {
		return findPlanId(key).orElseGet(() -> jdbc
			.sql("insert into plan_plan (government_id, kind, period, demo) values (:g, :kind, :period, :demo) returning id")
			.param("g", key.governmentId())
			.param("kind", key.period().kind().name())
			.param("period", key.period().value())
			.param("demo", demo)
			.query(Long.class)
			.single());
	}

	public boolean anyPlan() {
		return jdbc.sql("select exists (select 1 from plan_plan)").query(Boolean.class).single();
	}

	// ---- versions

	public Optional<StoredVersion> draft(PlanKey key, boolean forUpdate) {
		return one(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DRAFT'"
				+ (forUpdate ? " for update of v" : ""), key, Map.of());
	}

	public Optional<StoredVersion> latestDisclosed(PlanKey key) {
		return one(VERSION_COLUMNS + " where " + keyCondition()
				+ " and v.status = 'DISCLOSED' order by v.version desc limit 1", key, Map.of());
	}

	public Optional<StoredVersion> disclosed(PlanKey key, int version) {
		return one(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DISCLOSED' and v.version = :version",
				key, Map.of("version", version));
	}

	public List<StoredVersion> disclosedVersions(PlanKey key) {
		List<Header> headers = jdbc
			.sql(VERSION_COLUMNS + " where " + keyCondition() + " and v.status = 'DISCLOSED' order by v.version")
			.params(keyParams(key))
			.query(PlanVersionRepository::header)
			.list();
		return withContents(headers);
	}

	/** Every disclosed version of every annual plan of a year, by government then version. */
	public List<StoredVersion> allAnnualVersions(int year) {
		List<Header> headers = jdbc.sql(VERSION_COLUMNS
				+ " where p.kind = 'ANNUAL' and p.period = :year and v.status = 'DISCLOSED' order by p.government_id, v.version")
			.param("year", year)
			.query(PlanVersionRepository::header)
			.list();
		return withContents(headers);
	}

	private Optional<StoredVersion> one(String sql, PlanKey key, Map<String, ?> extra) {
		Map<String, Object> params = new HashMap<>(keyParams(key));
		params.putAll(extra);
		return jdbc.sql(sql).params(params).query(PlanVersionRepository::header).optional().map(h -> h.with(content(h)));
	}

	private static String keyCondition() {
		return "p.government_id = :g and p.kind = :kind and p.period = :period";
	}

	private static Map<String, Object> keyParams(PlanKey key) {
		return Map.of("g", key.governmentId(), "kind", key.period().kind().name(), "period", key.period().value());
	}

	public long insertDraft(long planId, Integer basedOnVersion, BigDecimal jobTargetTotal, String user) {
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
	public record NewDisclosedPlan(PlanKey key, boolean demo, PlanContent content, Instant disclosedAt, String user) {
	}

	/**
	 * Creates the plans with version 1 disclosed, in batches: each as a draft with its contents, then all
	 * disclosed at once (the database lets a version be disclosed only from a draft, and refuses contents
	 * added to a disclosed one).
	 */
	public void insertDisclosedPlans(List<NewDisclosedPlan> created) {
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
		this.contents.insertContents(contents);
		batch.batchUpdate("""
				update plan_version set status = 'DISCLOSED', version = 1, disclosed_at = ?, disclosed_by = ?
				where id = ?
				""", created.stream()
			.map(c -> new Object[] { Timestamp.from(c.disclosedAt()), c.user(), draftIdByPlan.get(planIds.get(c.key())) })
			.toList());
	}

	/** Saves the draft's header if it is still at {@code expectedLock}; false when someone saved in between. */
	public boolean updateDraft(long versionId, int expectedLock, BigDecimal jobTargetTotal, String user) {
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

	public boolean disclose(long versionId, int expectedLock, int version, String reason, String user) {
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

	public void deleteDraft(long versionId) {
		jdbc.sql("delete from plan_version where id = :id and status = 'DRAFT'").param("id", versionId).update();
	}

	public int nextVersion(long planId) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from plan_version where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}


	private PlanContent content(Header header) {
		return withContents(List.of(header)).get(0).content();
	}

	private List<StoredVersion> withContents(List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		Map<Long, BigDecimal> totals = new LinkedHashMap<>();
		headers.forEach(h -> totals.put(h.id(), h.jobTargetTotal()));
		Map<Long, PlanContent> loaded = contents.contents(totals);
		return headers.stream().map(h -> h.with(loaded.get(h.id()))).toList();
	}
}
