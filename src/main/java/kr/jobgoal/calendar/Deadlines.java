package kr.jobgoal.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The deadlines in force for a year: as the administrator set them, or the statutory rule for a year not set. */
@Service
public class Deadlines {

	private static final String COLUMNS = "select year, plan_due, results_due from calendar_deadline";

	private final JdbcClient jdbc;

	Deadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public YearDeadlines of(int year) {
		return jdbc.sql(COLUMNS + " where year = :year")
			.param("year", year)
			.query(YearDeadlines.class)
			.optional()
			.orElseGet(() -> YearDeadlines.statutory(year));
	}

	/** The deadlines of each year, in the order asked, in one query. */
	public List<YearDeadlines> of(Collection<Integer> years) {
		if (years.isEmpty()) {
			return List.of();
		}
		Map<Integer, YearDeadlines> set = jdbc.sql(COLUMNS + " where year in (:years)")
			.param("years", years)
			.query(YearDeadlines.class)
			.list()
			.stream()
			.collect(Collectors.toMap(YearDeadlines::year, Function.identity()));
		return years.stream().map(year -> set.getOrDefault(year, YearDeadlines.statutory(year))).toList();
	}

	/** Every year set, newest first. */
	List<YearDeadlines> all() {
		return jdbc.sql(COLUMNS + " order by year desc").query(YearDeadlines.class).list();
	}

	void save(YearDeadlines deadlines, String user) {
		jdbc.sql("""
				insert into calendar_deadline (year, plan_due, results_due, updated_by) values (:year, :plan, :results, :by)
				on conflict (year) do update set plan_due = excluded.plan_due, results_due = excluded.results_due,
				    updated_at = now(), updated_by = excluded.updated_by
				""")
			.param("year", deadlines.year())
			.param("plan", deadlines.planDue())
			.param("results", deadlines.resultsDue())
			.param("by", user)
			.update();
	}
}
