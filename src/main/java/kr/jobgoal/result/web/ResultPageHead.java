package kr.jobgoal.result.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.service.FactRecorder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every results page shows in its head (the government, the year's due date, whether it is overdue). */
@Component
public class ResultPageHead {

	private final Clock clock;

	private final Deadlines deadlines;

	private final FactRecorder recorder;

	public ResultPageHead(Clock clock, Deadlines deadlines, FactRecorder recorder) {
		this.clock = clock;
		this.deadlines = deadlines;
		this.recorder = recorder;
	}

	public void addTo(AnnualResults r, Locale locale, Model model) {
		Government g = r.government();
		LocalDate today = LocalDate.now(clock);
		LocalDate due = deadlines.of(r.year()).resultsDue();
		model.addAttribute("r", r);
		model.addAttribute("g", g);
		model.addAttribute("name", ResultCharts.name(g, locale));
		model.addAttribute("today", today);
		model.addAttribute("dueDate", due);
		model.addAttribute("overdue", r.overdue(due, today));
		model.addAttribute("mayEdit", recorder.mayRecord(g));
	}

	public static Map<Long, String> programNames(AnnualResults r) {
		return r.programs().stream()
			.collect(Collectors.toMap(AnnualResults.ProgramResult::programId, AnnualResults.ProgramResult::name,
					(a, b) -> a, LinkedHashMap::new));
	}

	public static <T> List<T> newestFirst(List<T> recorded) {
		List<T> list = new ArrayList<>(recorded);
		Collections.reverse(list);
		return list;
	}
}
