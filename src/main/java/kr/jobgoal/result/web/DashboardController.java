package kr.jobgoal.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.calendar.Deadlines;

import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.service.Dashboards;
import kr.jobgoal.result.service.ResultLookup;
import kr.jobgoal.result.service.ResultMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The national dashboard, its province drill-down and the overdue view. */
@Controller
public class DashboardController {

	private final Dashboards dashboards;

	private final ResultCharts charts;

	private final Clock clock;

	private final Deadlines deadlines;

	public DashboardController(Dashboards dashboards, ResultCharts charts, Deadlines deadlines, Clock clock) {
		this.clock = clock;
		this.deadlines = deadlines;
		this.dashboards = dashboards;
		this.charts = charts;
	}

	@GetMapping("/dashboard")
	public String national(@RequestParam(required = false) Integer year, Locale locale, Model model) {
		int y = year(year, model);
		Dashboards.National n = dashboards.national(y, locale);
		// the map is of the cities, counties and districts: its sentence sums and ranks them, not the metro plans
		List<AnnualRollUp> rankedBasics = Dashboards.ranked(n.all())
			.stream()
			.filter(r -> !r.government().isMetro())
			.toList();
		model.addAttribute("n", n);
		model.addAttribute("rankedCount", Dashboards.RANKED);
		model.addAttribute("map", charts.map(n.areas(), null, locale,
				charts.rollUpSummary(charts.msg("result.scope.nation", locale), y, n.basics(), rankedBasics, locale)));
		LocalDate due = deadlines.of(y).resultsDue();
		model.addAttribute("overdueCount", n.all().stream().filter(r -> r.overdue(due, today())).count());
		return "result/dashboard";
	}

	@GetMapping("/dashboard/provinces/{code}")
	public String province(@PathVariable String code, @RequestParam(required = false) Integer year, Locale locale,
			Model model) {
		int y = year(year, model);
		Dashboards.Province p = dashboards.province(code, y);
		List<AnnualRollUp> ranked = Dashboards.ranked(p.members());
		String name = ResultCharts.name(p.province(), locale);
		model.addAttribute("p", p);
		model.addAttribute("name", name);
		model.addAttribute("ranked", ranked);
		// the map is of the cities, counties and districts: its sentence sums and ranks them, not the metro plan
		List<AnnualRollUp> rankedBasics = ranked.stream().filter(r -> r != p.own()).toList();
		model.addAttribute("map", charts.map(p.areas(), new ArrayList<>(p.areas().stream()
			.map(ResultMap.Area::parentFeatureCode).distinct().toList()), locale,
				charts.rollUpSummary(name, y, p.basics(), rankedBasics, locale)));
		return "result/province";
	}

	@GetMapping("/dashboard/overdue")
	public String overdue(@RequestParam(required = false) Integer year, Locale locale, Model model) {
		int y = year(year, model);
		LocalDate due = deadlines.of(y).resultsDue();
		model.addAttribute("overdue", dashboards.overdue(y, due, today(), locale));
		model.addAttribute("dueDate", due);
		model.addAttribute("due", today().isAfter(due));
		return "result/overdue";
	}

	/** The year asked for, else the latest with results; the years to choose from go to the model. */
	private int year(Integer asked, Model model) {
		List<Integer> years = dashboards.years();
		int y = asked != null ? asked : years.isEmpty() ? today().getYear() - 1 : years.get(0);
		ResultLookup.checkYear(y);
		model.addAttribute("year", y);
		model.addAttribute("years", years);
		return y;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}
}
