package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Input;
import kr.jobgoal.evaluation.award.AwardYear.PeerGroup;
import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.statistics.Indicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The award years' tables (V6_1). Reads of a whole year take one query per table, whatever its size. */
@Repository
class AwardYearRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AwardYearRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	// --- set-up

	void createYear(int year, boolean demo) {
		jdbc.sql("insert into evaluation_year (year, demo) values (:year, :demo)").param("year", year)
			.param("demo", demo).update();
	}

	boolean exists(int year) {
		return jdbc.sql("select exists (select 1 from evaluation_year where year = :year)").param("year", year)
			.query(Boolean.class).single();
	}

	long insertCategory(int year, String code, String nameKo, String nameEn, int position) {
		return jdbc.sql("""
				insert into evaluation_category (year, code, name_ko, name_en, position)
				values (:year, :code, :ko, :en, :position) returning id""")
			.param("year", year).param("code", code).param("ko", nameKo).param("en", nameEn)
			.param("position", position).query(Long.class).single();
	}

	long insertPeerGroup(int year, long categoryId, String code, String nameKo, String nameEn, int position,
			Map<Long, String> members) {
		long id = jdbc.sql("""
				insert into evaluation_peer_group (year, category_id, code, name_ko, name_en, position)
				values (:year, :category, :code, :ko, :en, :position) returning id""")
			.param("year", year).param("category", categoryId).param("code", code).param("ko", nameKo)
			.param("en", nameEn).param("position", position).query(Long.class).single();
		List<Object[]> rows = new ArrayList<>();
		members.forEach((governmentId, code2) -> rows.add(new Object[] { year, categoryId, id, governmentId, code2 }));
		batch.batchUpdate("""
				insert into evaluation_peer_member (year, category_id, peer_group_id, government_id, government_code)
				values (?, ?, ?, ?, ?)""", rows);
		return id;
	}

	void insertCriterion(int year, long categoryId, CriterionRow c, int position) {
		jdbc.sql("""
				insert into evaluation_criterion (year, category_id, code, name_ko, name_en, method, indicator,
				    max_points, cap, position)
				values (:year, :category, :code, :ko, :en, :method, :indicator, :max, :cap, :position)""")
			.param("year", year).param("category", categoryId).param("code", c.code()).param("ko", c.nameKo())
			.param("en", c.nameEn()).param("method", c.method().code())
			.param("indicator", c.indicator() == null ? null : c.indicator().name()).param("max", c.maxPoints())
			.param("cap", c.cap()).param("position", position).update();
	}

	void insertTier(int year, long categoryId, TierRow t, int position) {
		jdbc.sql("""
				insert into evaluation_tier (year, category_id, code, name_ko, name_en, position, per_peer_group, incentive)
				values (:year, :category, :code, :ko, :en, :position, :count, :incentive)""")
			.param("year", year).param("category", categoryId).param("code", t.code()).param("ko", t.nameKo())
			.param("en", t.nameEn()).param("position", position).param("count", t.perPeerGroup())
			.param("incentive", t.incentive()).update();
	}

	void insertStage(int year, int stage, String nameKo, LocalDate opensOn, LocalDate closesOn) {
		jdbc.sql("""
				insert into evaluation_stage (year, stage, name_ko, opens_on, closes_on)
				values (:year, :stage, :name, :opens, :closes)""")
			.param("year", year).param("stage", stage).param("name", nameKo).param("opens", opensOn)
			.param("closes", closesOn).update();
	}

	/** The stages, 1차 first: [stage, name, opens, closes]. */
	List<Stage> stages(int year) {
		return jdbc.sql("select stage, name_ko, opens_on, closes_on from evaluation_stage where year = :year order by stage")
			.param("year", year)
			.query((rs, n) -> new Stage(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	record Stage(int stage, String nameKo, LocalDate opensOn, LocalDate closesOn) {
	}

	// --- 1차 (provincial nomination, V9_1)

	/** How many basic governments each province nominates; {@code null}: the year has no 1차. */
	void setNominationsPerProvince(int year, Integer perProvince) {
		jdbc.sql("update evaluation_year set nominations_per_province = :n where year = :year")
			.param("n", perProvince).param("year", year).update();
	}

	/** One provincial reviewer's 1차 score of one basic government. */
	record FirstScore(long governmentId, String governmentCode, String provinceCode, String reviewer, BigDecimal score,
			String comment, boolean submitted) {
	}

	void saveFirstScores(int year, List<FirstScore> scores, OffsetDateTime at) {
		List<Object[]> rows = new ArrayList<>();
		Timestamp ts = Timestamp.from(at.toInstant());
		for (FirstScore s : scores) {
			rows.add(new Object[] { year, s.governmentId(), s.governmentCode(), s.provinceCode(), s.reviewer(), s.score(),
					s.comment(), s.submitted() ? "SUBMITTED" : "SAVED", ts });
		}
		batch.batchUpdate("""
				insert into evaluation_first_score (year, government_id, government_code, province_code, reviewer, score,
				    comment, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (year, government_id, reviewer)
				do update set score = excluded.score, comment = excluded.comment, status = excluded.status,
				              updated_at = excluded.updated_at""", rows);
	}

	/** Every 1차 score of the year (one query), by province, government and reviewer. */
	List<FirstScore> firstScores(int year) {
		return jdbc.sql("""
				select government_id, government_code, province_code, reviewer, score, comment, status
				from evaluation_first_score where year = :year order by province_code, government_code, reviewer""")
			.param("year", year)
			.query((rs, n) -> new FirstScore(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getString(6), "SUBMITTED".equals(rs.getString(7))))
			.list();
	}

	/** Sets a reviewer's submitted 1차 scores of the province back to SAVED (the administrator's reopening). */
	int reopenFirstScores(int year, String provinceCode, String reviewer) {
		return jdbc.sql("""
				update evaluation_first_score set status = 'SAVED'
				where year = :year and province_code = :province and reviewer = :reviewer and status = 'SUBMITTED'""")
			.param("year", year).param("province", provinceCode).param("reviewer", reviewer).update();
	}

	/** A basic government's place in its province's 1차 ranking, and whether it was nominated to the 2차. */
	record Nomination(long governmentId, String governmentCode, String provinceCode, int rank, BigDecimal meanScore,
			int scores, boolean nominated) {
	}

	/** Writes the 1차 result and then closes the 1차 (V9_1 refuses every later change of either). */
	void closeFirstStage(int year, List<Nomination> nominations, OffsetDateTime at, String by) {
		List<Object[]> rows = new ArrayList<>();
		for (Nomination n : nominations) {
			rows.add(new Object[] { year, n.governmentId(), n.governmentCode(), n.provinceCode(), n.rank(), n.meanScore(),
					n.scores(), n.nominated() });
		}
		batch.batchUpdate("""
				insert into evaluation_nomination (year, government_id, government_code, province_code, rank, mean_score,
				    scores, nominated)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.sql("update evaluation_year set nominated_at = :at, nominated_by = :by where year = :year")
			.param("at", at).param("by", by).param("year", year).update();
	}

	/** The closed 1차's result, by province and rank (one query; empty before it is closed). */
	List<Nomination> nominations(int year) {
		return jdbc.sql("""
				select government_id, government_code, province_code, rank, mean_score, scores, nominated
				from evaluation_nomination where year = :year order by province_code, rank, government_code""")
			.param("year", year)
			.query((rs, n) -> new Nomination(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBigDecimal(5), rs.getInt(6), rs.getBoolean(7)))
			.list();
	}

	// --- reading a year

	Optional<AwardYear> find(int year) {
		Optional<Object[]> head = jdbc.sql("""
				select status, snapshot_at, confirmed_at, demo, nominations_per_province, nominated_at,
				    (select coalesce(array_agg(n.government_id), '{}') from evaluation_nomination n
				     where n.year = y.year and not n.nominated)
				from evaluation_year y where year = :year""")
			.param("year", year)
			.query((rs, n) -> new Object[] { rs.getString(1), odt(rs, 2), odt(rs, 3), rs.getBoolean(4),
					rs.getObject(5, Integer.class), odt(rs, 6), Set.of((Long[]) rs.getArray(7).getArray()) })
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		// groups with their members in one query: a group without members still comes once
		Map<Long, Map<Long, String>> members = new HashMap<>();
		Map<Long, Object[]> groupRows = new LinkedHashMap<>();
		jdbc.sql("""
				select g.id, g.category_id, g.code, g.name_ko, g.name_en, m.government_id, m.government_code
				from evaluation_peer_group g left join evaluation_peer_member m on m.peer_group_id = g.id
				where g.year = :year order by g.position, g.id""")
			.param("year", year)
			.query(rs -> {
				long id = rs.getLong(1);
				groupRows.putIfAbsent(id, new Object[] { rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5) });
				Map<Long, String> own = members.computeIfAbsent(id, k -> new HashMap<>());
				long government = rs.getLong(6);
				if (!rs.wasNull()) {
					own.put(government, rs.getString(7));
				}
			});
		Map<Long, List<PeerGroup>> groups = new HashMap<>();
		groupRows.forEach((id, row) -> groups.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
			.add(new PeerGroup(id, (String) row[1], (String) row[2], (String) row[3], members.get(id))));
		Map<Long, List<CriterionRow>> criteria = new HashMap<>();
		jdbc.sql("""
				select id, category_id, code, name_ko, name_en, method, indicator, max_points, cap
				from evaluation_criterion where year = :year order by position, id""")
			.param("year", year)
			.query(rs -> {
				String method = rs.getString(6);
				String indicator = rs.getString(7);
				criteria.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
					.add(new CriterionRow(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5),
							method(method), indicator == null ? null : Indicator.valueOf(indicator),
							rs.getBigDecimal(8), rs.getBigDecimal(9)));
			});
		Map<Long, List<TierRow>> tiers = new HashMap<>();
		jdbc.sql("""
				select id, category_id, code, name_ko, name_en, per_peer_group, incentive
				from evaluation_tier where year = :year order by position, id""")
			.param("year", year)
			.query(rs -> {
				tiers.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
					.add(new TierRow(rs.getLong(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
							rs.getBigDecimal(7)));
			});
		List<Category> categories = jdbc.sql("""
				select id, code, name_ko, name_en from evaluation_category where year = :year order by position""")
			.param("year", year)
			.query((rs, n) -> {
				long id = rs.getLong(1);
				return new Category(id, rs.getString(2), rs.getString(3), rs.getString(4),
						groups.getOrDefault(id, List.of()), criteria.getOrDefault(id, List.of()),
						tiers.getOrDefault(id, List.of()));
			})
			.list();
		Object[] h = head.get();
		@SuppressWarnings("unchecked")
		Set<Long> notNominated = (Set<Long>) h[6];
		return Optional.of(new AwardYear(year, (String) h[0], (OffsetDateTime) h[1], (OffsetDateTime) h[2],
				(Boolean) h[3], (Integer) h[4], (OffsetDateTime) h[5], notNominated, categories));
	}

	private static ScoringMethod method(String code) {
		return ScoringMethod.quantitative(code).orElse(ScoringMethod.QUALITATIVE_MEAN);
	}

	private static OffsetDateTime odt(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

	/** The latest confirmed award year, if any is. */
	Optional<Integer> latestConfirmedYear() {
		return jdbc.sql("select max(year) from evaluation_year where status = 'CONFIRMED'").query(Integer.class).optional();
	}

	/** The latest award years first. */
	List<Integer> years() {
		return jdbc.sql("select year from evaluation_year order by year desc").query(Integer.class).list();
	}

	// --- snapshot, assignments, scores

	void replaceInputs(int year, List<Input> inputs, OffsetDateTime frozenAt) {
		jdbc.sql("delete from evaluation_input where year = :year").param("year", year).update();
		List<Object[]> rows = new ArrayList<>();
		Timestamp at = Timestamp.from(frozenAt.toInstant());
		for (Input i : inputs) {
			rows.add(new Object[] { year, i.governmentId(), i.governmentCode(), i.indicator().name(), i.target(),
					i.actual(), i.previous(), i.source(), at });
		}
		batch.batchUpdate("""
				insert into evaluation_input (year, government_id, government_code, indicator, target, actual, previous,
				    source, frozen_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	List<Input> inputs(int year) {
		return jdbc.sql("""
				select government_id, government_code, indicator, target, actual, previous, source
				from evaluation_input where year = :year order by government_code, indicator""")
			.param("year", year)
			.query((rs, n) -> new Input(rs.getLong(1), rs.getString(2), Indicator.valueOf(rs.getString(3)),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)))
			.list();
	}

	List<Input> inputs(int year, long governmentId) {
		return inputs(year).stream().filter(i -> i.governmentId() == governmentId).toList();
	}

	void open(int year, OffsetDateTime at, String by) {
		jdbc.sql("update evaluation_year set status = 'OPEN', snapshot_at = :at, snapshot_by = :by where year = :year")
			.param("at", at).param("by", by).param("year", year).update();
	}

	void assign(int year, List<Assignment> assignments, String by, OffsetDateTime at) {
		List<Object[]> rows = new ArrayList<>();
		Timestamp ts = Timestamp.from(at.toInstant());
		for (Assignment a : assignments) {
			rows.add(new Object[] { year, a.governmentId(), a.governmentCode(), a.evaluator(), by, ts });
		}
		batch.batchUpdate("""
				insert into evaluation_assignment (year, government_id, government_code, evaluator, assigned_by, assigned_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
	}

	record Assignment(long governmentId, String governmentCode, String evaluator) {
	}

	/** Every assignment of the year, by government code and evaluator. */
	List<Assignment> assignments(int year) {
		return jdbc.sql("""
				select government_id, government_code, evaluator from evaluation_assignment
				where year = :year order by government_code, evaluator""")
			.param("year", year)
			.query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** The governments assigned to the evaluator, by code. */
	List<Assignment> assignments(int year, String evaluator) {
		return jdbc.sql("""
				select government_id, government_code, evaluator from evaluation_assignment
				where year = :year and evaluator = :evaluator order by government_code""")
			.param("year", year).param("evaluator", evaluator)
			.query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	boolean assigned(int year, long governmentId, String evaluator) {
		return jdbc.sql("""
				select exists (select 1 from evaluation_assignment
				               where year = :year and government_id = :government and evaluator = :evaluator)""")
			.param("year", year).param("government", governmentId).param("evaluator", evaluator)
			.query(Boolean.class).single();
	}

	void saveScores(int year, List<Score> scores, OffsetDateTime at) {
		List<Object[]> rows = new ArrayList<>();
		Timestamp ts = Timestamp.from(at.toInstant());
		for (Score s : scores) {
			rows.add(new Object[] { year, s.criterionId(), s.governmentId(), s.evaluator(), s.score(), s.comment(),
					s.submitted() ? "SUBMITTED" : "SAVED", ts });
		}
		batch.batchUpdate("""
				insert into evaluation_score (year, criterion_id, government_id, evaluator, score, comment, status, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (criterion_id, government_id, evaluator)
				do update set score = excluded.score, comment = excluded.comment, status = excluded.status,
				              updated_at = excluded.updated_at""", rows);
	}

	/** Sets the evaluator's scores of the government back to SAVED (the administrator's reopening). */
	int reopen(int year, long governmentId, String evaluator) {
		return jdbc.sql("""
				update evaluation_score set status = 'SAVED'
				where year = :year and government_id = :government and evaluator = :evaluator and status = 'SUBMITTED'""")
			.param("year", year).param("government", governmentId).param("evaluator", evaluator).update();
	}

	List<Score> scores(int year) {
		return jdbc.sql("""
				select criterion_id, government_id, evaluator, score, comment, status from evaluation_score
				where year = :year order by government_id, criterion_id, evaluator""")
			.param("year", year)
			.query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5), "SUBMITTED".equals(rs.getString(6))))
			.list();
	}

	/**
	 * The comments of the submitted scores of one government, by criterion id, without who wrote them; in the
	 * order of their text, so that not even the order tells evaluators apart.
	 */
	Map<Long, List<String>> comments(int year, long governmentId) {
		Map<Long, List<String>> byCriterion = new HashMap<>();
		jdbc.sql("""
				select criterion_id, comment from evaluation_score
				where year = :year and government_id = :government and status = 'SUBMITTED'
				  and comment is not null and btrim(comment) <> ''
				order by criterion_id, comment""")
			.param("year", year).param("government", governmentId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> byCriterion.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return byCriterion;
	}

	List<Score> scores(int year, long governmentId, String evaluator) {
		return scores(year).stream().filter(s -> s.governmentId() == governmentId && s.evaluator().equals(evaluator)).toList();
	}

	// --- confirmation

	/** The confirmation's rows, marked with the year's demo mark (V9_2 checks it once per statement). */
	void writeResults(int year, boolean demo, Category category, ScoringOutcome outcome) {
		Map<String, Long> groupIds = new HashMap<>();
		Map<String, Long> governmentIds = new HashMap<>();
		for (PeerGroup group : category.peerGroups()) {
			groupIds.put(group.code(), group.id());
			group.members().forEach((id, code) -> governmentIds.put(code, id));
		}
		Map<String, Long> criterionIds = new HashMap<>();
		category.criteria().forEach(c -> criterionIds.put(c.code(), c.id()));
		Map<String, Long> tierIds = new HashMap<>();
		category.tiers().forEach(t -> tierIds.put(t.code(), t.id()));
		List<Object[]> results = new ArrayList<>();
		List<Object[]> points = new ArrayList<>();
		for (ScoringOutcome.Ranking ranking : outcome.rankings()) {
			for (ScoringOutcome.Entry e : ranking.entries()) {
				long government = governmentIds.get(e.code());
				results.add(new Object[] { year, category.id(), groupIds.get(ranking.peerGroup()), government, e.code(),
						e.rank(), e.total().rounded(kr.jobgoal.evaluation.scoring.Points.STORED_SCALE), demo });
				e.points().forEach((criterion, p) -> points.add(new Object[] { year, category.id(), government,
						criterionIds.get(criterion), p.rounded(kr.jobgoal.evaluation.scoring.Points.STORED_SCALE), demo }));
			}
		}
		batch.batchUpdate("""
				insert into evaluation_result (year, category_id, peer_group_id, government_id, government_code, rank, total,
				    demo)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", results);
		batch.batchUpdate("""
				insert into evaluation_result_point (year, category_id, government_id, criterion_id, points, demo)
				values (?, ?, ?, ?, ?, ?)""", points);
		List<Object[]> awards = new ArrayList<>();
		for (ScoringOutcome.Award a : outcome.awards()) {
			awards.add(new Object[] { year, category.id(), governmentIds.get(a.code()), a.code(), tierIds.get(a.tier()),
					a.incentive(), demo });
		}
		batch.batchUpdate("""
				insert into evaluation_award (year, category_id, government_id, government_code, tier_id, incentive, demo)
				values (?, ?, ?, ?, ?, ?, ?)""", awards);
	}

	void confirm(int year, OffsetDateTime at, String by) {
		jdbc.sql("update evaluation_year set status = 'CONFIRMED', confirmed_at = :at, confirmed_by = :by where year = :year")
			.param("at", at).param("by", by).param("year", year).update();
	}

	// --- confirmed results

	/** The stored results of a category: per peer group code, its entries best first. */
	record StoredEntry(long categoryId, String peerGroup, long governmentId, String code, int rank, BigDecimal total,
			Map<String, BigDecimal> points) {
	}

	/** Every stored result of the year, in category, peer group and rank order (two queries). */
	List<StoredEntry> results(int year) {
		Map<String, Map<String, BigDecimal>> points = new HashMap<>();
		jdbc.sql("""
				select p.category_id, p.government_id, c.code, p.points from evaluation_result_point p
				join evaluation_criterion c on c.id = p.criterion_id
				where p.year = :year order by c.position""")
			.param("year", year)
			.query(rs -> {
				points.computeIfAbsent(rs.getLong(1) + ":" + rs.getLong(2), k -> new LinkedHashMap<>())
					.put(rs.getString(3), rs.getBigDecimal(4));
			});
		return jdbc.sql("""
				select r.category_id, g.code, r.government_id, r.government_code, r.rank, r.total
				from evaluation_result r
				join evaluation_category c on c.id = r.category_id
				join evaluation_peer_group g on g.id = r.peer_group_id
				where r.year = :year order by c.position, g.position, r.rank, r.government_code""")
			.param("year", year)
			.query((rs, n) -> new StoredEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getInt(5), rs.getBigDecimal(6),
					points.getOrDefault(rs.getLong(1) + ":" + rs.getLong(3), Map.of())))
			.list();
	}

	record StoredAward(String governmentCode, long governmentId, String category, String categoryNameKo,
			String peerGroup, String peerGroupNameKo, String tier, String tierNameKo, String tierNameEn,
			BigDecimal incentive) {
	}

	/** The year's awards in category, tier, peer group and rank order (one query). */
	List<StoredAward> awards(int year) {
		return jdbc.sql("""
				select a.government_code, a.government_id, c.code, c.name_ko, g.code, g.name_ko, t.code, t.name_ko,
				       t.name_en, a.incentive
				from evaluation_award a
				join evaluation_category c on c.id = a.category_id
				join evaluation_tier t on t.id = a.tier_id
				join evaluation_result r on r.category_id = a.category_id and r.government_id = a.government_id
				join evaluation_peer_group g on g.id = r.peer_group_id
				where a.year = :year order by c.position, t.position, g.position, r.rank, a.government_code""")
			.param("year", year)
			.query((rs, n) -> new StoredAward(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
					rs.getBigDecimal(10)))
			.list();
	}

	// --- editing peer groups (PeerGroupEditing)

	/** The year's status, its row locked until the transaction ends, so that edits of its groups do not interleave. */
	Optional<String> lockYear(int year) {
		return jdbc.sql("select status from evaluation_year where year = :year for update").param("year", year)
			.query(String.class).optional();
	}

	int nextPeerGroupPosition(long categoryId) {
		return jdbc.sql("select coalesce(max(position) + 1, 0) from evaluation_peer_group where category_id = :category")
			.param("category", categoryId).query(Integer.class).single();
	}

	void renamePeerGroup(long id, String nameKo, String nameEn) {
		jdbc.sql("update evaluation_peer_group set name_ko = :ko, name_en = :en where id = :id")
			.param("ko", nameKo).param("en", nameEn).param("id", id).update();
	}

	/** Deletes a group only while it has no members (the caller has checked; this keeps the cascade from taking any). */
	void deletePeerGroup(long id) {
		jdbc.sql("""
				delete from evaluation_peer_group g
				where g.id = :id and not exists (select 1 from evaluation_peer_member m where m.peer_group_id = g.id)""")
			.param("id", id).update();
	}

	/** Moves members of the category into the group: one row per government, so each stays in exactly one. */
	int movePeerMembers(long categoryId, long groupId, List<Long> governmentIds) {
		return jdbc.sql("""
				update evaluation_peer_member set peer_group_id = :group
				where category_id = :category and government_id in (:governments) and peer_group_id <> :group""")
			.param("group", groupId).param("category", categoryId).param("governments", governmentIds).update();
	}
}
