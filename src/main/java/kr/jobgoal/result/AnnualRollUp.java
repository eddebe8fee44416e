package kr.jobgoal.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import kr.jobgoal.region.Government;

/**
 * A government's results for a year summed up, as stored when a plan is disclosed or facts are appended:
 * what the dashboard, province and peer pages show for each government without its programs.
 *
 * @param government the government as it was in the year (the code its plan was filed under)
 * @param jobTargetTotal the plan's total job target (일자리 창출 목표)
 * @param jobsCreatedTotal the sum of the programs' figures; null when nothing has been reported
 * @param budgetPlannedTotal the programs' planned budgets; null when no program has one
 * @param budgetExecutedTotal the budgets executed as reported; null when none was reported
 * @param programs how many programs the plan has
 * @param programsComplete of those, how many have figures for the whole year
 * @param demo generated demo data (the plan or any fact counted), to be labelled as such
 * @param lastRecordedAt when the latest fact was recorded; null when none
 */
public record AnnualRollUp(Government government, int year, int planVersion, BigDecimal jobTargetTotal,
		BigDecimal jobsCreatedTotal, BigDecimal budgetPlannedTotal, BigDecimal budgetExecutedTotal, int programs,
		int programsComplete, boolean demo, OffsetDateTime lastRecordedAt) {

	/** The summary of fully computed results. */
	public static AnnualRollUp of(AnnualResults r) {
		return new AnnualRollUp(r.government(), r.year(), r.planVersion(), r.jobTargetTotal(), r.jobsCreatedTotal(),
				r.programs().stream().map(AnnualResults.ProgramResult::budgetPlanned).filter(Objects::nonNull)
					.reduce(BigDecimal::add).orElse(null),
				r.budgetExecutedTotal(), r.programs().size(),
				(int) r.programs().stream().filter(AnnualResults.ProgramResult::complete).count(), r.demo(),
				r.lastRecordedAt());
	}

	/** Jobs created against the plan's total job target, by the same rule as {@link AnnualResults#achievement()}. */
	public Achievement achievement() {
		return Achievement.of(jobsCreatedTotal, jobTargetTotal);
	}

	/** Whether any result has been recorded. */
	public boolean reported() {
		return jobsCreatedTotal != null;
	}

	/** Whether every program has a figure for the whole year. */
	public boolean complete() {
		return programs > 0 && programsComplete == programs;
	}

	public int programsIncomplete() {
		return programs - programsComplete;
	}

	/** Not complete although the year's due date (the calendar module's) has passed. */
	public boolean overdue(LocalDate dueDate, LocalDate today) {
		return !complete() && today.isAfter(dueDate);
	}

	/** The province the results count in: the government's own code when it is metro, else its parent's. */
	public String provinceCode() {
		return government.isMetro() ? government.code() : government.parentCode();
	}

	/** The group it is compared in: {@code metro} for every metro government, else the basic type. */
	public String peerGroup() {
		return government.isMetro() ? Government.METRO : government.peerGroup();
	}
}
