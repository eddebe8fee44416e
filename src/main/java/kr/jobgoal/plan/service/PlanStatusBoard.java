package kr.jobgoal.plan.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.store.PlanRepository;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every government stands with its annual plan of a year: disclosed (on time or after the year's
 * deadline), a draft in the works, not started, or overdue (no disclosure after the deadline). Only the fact
 * that a draft exists is public, never its contents.
 */
@Service
@Transactional(readOnly = true)
public class PlanStatusBoard {

	public enum Status {
		DISCLOSED, DRAFT, NOT_STARTED, OVERDUE
	}

	/**
	 * One government's line.
	 *
	 * @param late disclosed after the deadline
	 * @param hasDraft a draft exists (for a disclosed plan: an amendment in the works)
	 */
	record Row(Government government, Status status, boolean late, boolean hasDraft, Integer latestVersion,
			Instant firstDisclosedAt, boolean demo, BigDecimal jobTargetTotal) {
	}

	/** The board; {@code counts} are always of all the governments listed, also when {@code rows} are only those of one status. */
	public record Board(int year, LocalDate deadline, List<Row> rows, Map<Status, Integer> counts) {

		/** The same board with only the rows of that status (all of them when null). */
		public Board only(Status status) {
			return status == null ? this
					: new Board(year, deadline, rows.stream().filter(r -> r.status() == status).toList(), counts);
		}

		/** How many pages of {@code size} rows there are, at least one (which may say there are none). */
		public int pages(int size) {
			return Math.max(1, (rows.size() + size - 1) / size);
		}

		/** The same board with only the rows of page {@code number} (from 1) of {@code size} rows each. */
		public Board page(int number, int size) {
			int from = Math.min((number - 1) * size, rows.size());
			return new Board(year, deadline, rows.subList(from, Math.min(from + size, rows.size())), counts);
		}
	}

	private final GovernmentDirectory directory;

	private final PlanRepository plans;

	private final Deadlines deadlines;

	PlanStatusBoard(GovernmentDirectory directory, PlanRepository plans, Deadlines deadlines) {
		this.directory = directory;
		this.plans = plans;
		this.deadlines = deadlines;
	}

	/** Every government that had to disclose the year's plan, or those of one province (metro code, itself included). */
	public Board annual(int year, String provinceCode, LocalDate today) {
		PlanPeriod period = PlanPeriod.annual(year);
		LocalDate deadline = deadlines.of(year).planDue();
		List<Government> governments = directory.list(period.referenceDate(), null, null)
			.stream()
			.filter(g -> provinceCode == null || provinceCode.equals(g.code()) || provinceCode.equals(g.parentCode()))
			.toList();
		Map<Long, PlanRepository.Standing> standings = plans.standings(period,
				governments.stream().map(Government::id).toList());
		Map<Status, Integer> counts = new EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			counts.put(s, 0);
		}
		List<Row> rows = governments.stream().map(g -> {
			Row row = row(g, standings.get(g.id()), deadline, today);
			counts.merge(row.status(), 1, Integer::sum);
			return row;
		}).toList();
		return new Board(year, deadline, rows, counts);
	}

	static Row row(Government g, PlanRepository.Standing standing, LocalDate deadline, LocalDate today) {
		boolean hasDraft = standing != null && standing.hasDraft();
		if (standing != null && standing.latestVersion() != null) {
			LocalDate first = standing.firstDisclosedAt().atZone(PlanFormat.SEOUL).toLocalDate();
			return new Row(g, Status.DISCLOSED, first.isAfter(deadline), hasDraft, standing.latestVersion(),
					standing.firstDisclosedAt(), standing.demo(), standing.jobTargetTotal());
		}
		Status status = today.isAfter(deadline) ? Status.OVERDUE : hasDraft ? Status.DRAFT : Status.NOT_STARTED;
		return new Row(g, status, false, hasDraft, null, null, standing != null && standing.demo(), null);
	}
}
