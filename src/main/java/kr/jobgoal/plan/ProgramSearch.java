package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs (세부사업) of every disclosed annual plan, searched nationwide: only the latest disclosed
 * version of each plan, never a draft. One statement per page (the total comes with the rows); a second
 * only when a page past the end is asked for, to know how many there are.
 */
@Service
@Transactional(readOnly = true)
public class ProgramSearch {

	/**
	 * What to look for; null fields do not filter.
	 *
	 * @param text a part of the program's name or department, compared case-insensitively
	 * @param plansOf whose plans of which years to search in (a province's governments in the years they were
	 *     in it), null for all
	 */
	public record Filter(String text, Integer year, ProgramType type, List<YearsOf> plansOf) {
	}

	/** A government's plans from {@code firstYear} to {@code lastYear}, both included. */
	public record YearsOf(long governmentId, int firstYear, int lastYear) {
	}

	/** One program as disclosed, with the plan it belongs to. */
	public record Hit(long governmentId, int year, int version, long programId, String name, ProgramType type,
			String subCategory, String department, BigDecimal jobTarget, boolean demo) {
	}

	/** A page of hits, newest year first, and how many there are in all. */
	public record Found(List<Hit> hits, long total) {
	}

	/** The latest disclosed version of each annual plan; drafts (version null) never qualify. */
	private static final String LATEST = """
			with latest as (
			    select distinct on (v.plan_id) v.id, v.plan_id, v.version
			    from plan_version v
			    where v.status = 'DISCLOSED'
			    order by v.plan_id, v.version desc)
			""";

	private static final String FROM = """
			from latest l
			join plan_plan p on p.id = l.plan_id and p.kind = 'ANNUAL'
			join plan_program pr on pr.version_id = l.id
			join plan_strategy s on s.version_id = pr.version_id and s.strategy_id = pr.strategy_id
			""";

	private final JdbcClient jdbc;

	ProgramSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code limit} hits after the first {@code offset}, newest year first, then by government and position. */
	public Found find(Filter filter, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("offset", offset);
		params.put("limit", limit);
		List<long[]> totals = new ArrayList<>();
		List<Hit> hits = jdbc.sql(LATEST + """
				select p.government_id, p.period, l.version, pr.program_id, pr.name, pr.type, pr.sub_category,
				       pr.department, pr.job_target, p.demo, count(*) over () as total
				""" + FROM + where + """
				order by p.period desc, p.government_id, s.position, pr.position
				offset :offset limit :limit""")
			.params(params)
			.query((rs, n) -> {
				totals.add(new long[] { rs.getLong("total") });
				return new Hit(rs.getLong("government_id"), rs.getInt("period"), rs.getInt("version"),
						rs.getLong("program_id"), rs.getString("name"), ProgramType.valueOf(rs.getString("type")),
						rs.getString("sub_category"), rs.getString("department"), rs.getBigDecimal("job_target"),
						rs.getBoolean("demo"));
			})
			.list();
		if (!totals.isEmpty()) {
			return new Found(hits, totals.get(0)[0]);
		}
		if (offset == 0) {
			return new Found(hits, 0);
		}
		long total = jdbc.sql(LATEST + "select count(*) " + FROM + where).params(params).query(Long.class).single();
		return new Found(hits, total);
	}

	private static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (filter.text() != null && !filter.text().isEmpty()) {
			// position() rather than LIKE: the visitor's % and _ are plain characters
			conditions.add("(position(lower(:text) in lower(pr.name)) > 0 or position(lower(:text) in lower(pr.department)) > 0)");
			params.put("text", filter.text());
		}
		if (filter.year() != null) {
			conditions.add("p.period = :year");
			params.put("year", filter.year());
		}
		if (filter.type() != null) {
			conditions.add("pr.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.plansOf() != null) {
			conditions.add("""
					exists (select 1 from unnest(:governments, :firstYears, :lastYears) as o(government_id, first_year, last_year)
					        where o.government_id = p.government_id and p.period between o.first_year and o.last_year)""");
			params.put("governments", filter.plansOf().stream().map(YearsOf::governmentId).toArray(Long[]::new));
			params.put("firstYears", filter.plansOf().stream().map(YearsOf::firstYear).toArray(Integer[]::new));
			params.put("lastYears", filter.plansOf().stream().map(YearsOf::lastYear).toArray(Integer[]::new));
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n";
	}
}
