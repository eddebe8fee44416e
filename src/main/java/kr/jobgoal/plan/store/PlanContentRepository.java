package kr.jobgoal.plan.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.statistics.Indicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a plan version contains: its targets, strategies and programs ({@code plan_target}, {@code plan_strategy}, {@code plan_program}). */
@Repository
public class PlanContentRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	public PlanContentRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The contents of several versions in three queries, by version id.
	 *
	 * @param jobTargetTotals each version's id with its job-creation target, which the version row holds
	 */
	public Map<Long, PlanContent> contents(Map<Long, BigDecimal> jobTargetTotals) {
		if (jobTargetTotals.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = List.copyOf(jobTargetTotals.keySet());
		Map<Long, List<Target>> targets = new HashMap<>();
		jdbc.sql("select version_id, indicator, baseline_value, target_value from plan_target"
				+ " where version_id in (:ids) order by version_id, position")
			.param("ids", ids)
			.query(rs -> {
				Indicator indicator = Indicator.valueOf(rs.getString("indicator"));
				int scale = indicator.bound().scale();
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
		Map<Long, PlanContent> contents = new LinkedHashMap<>();
		jobTargetTotals.forEach((id, total) -> contents.put(id, new PlanContent(targets.getOrDefault(id, List.of()),
				total, strategies.getOrDefault(id, List.of()))));
		return contents;
	}

	private record StrategyKey(long versionId, long strategyId) {
	}

	/** Replaces a draft's contents; returns them with ids given to new strategies and programs. */
	public PlanContent replaceContents(long versionId, PlanContent content) {
		jdbc.sql("delete from plan_program where version_id = :id").param("id", versionId).update();
		jdbc.sql("delete from plan_strategy where version_id = :id").param("id", versionId).update();
		jdbc.sql("delete from plan_target where version_id = :id").param("id", versionId).update();
		return insertContents(Map.of(versionId, content)).get(versionId);
	}

	/**
	 * Inserts the contents of several versions in three batches; strategies and programs without an id get a
	 * new one. Returns the contents as stored, by version id.
	 */
	public Map<Long, PlanContent> insertContents(Map<Long, PlanContent> contents) {
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
	public record KnownIds(Set<Long> strategies, Set<Long> programs) {
	}

	public KnownIds knownIds(long planId) {
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
}
