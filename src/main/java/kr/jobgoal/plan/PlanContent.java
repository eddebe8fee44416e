package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.statistics.Indicator;

/**
 * What a plan says: headline targets, the total job target (일자리 창출 목표) and strategies with their
 * programs. Amounts and targets are exact decimals; the total is null only in a draft not yet filled in.
 */
public record PlanContent(List<Target> targets, BigDecimal jobTargetTotal, List<Strategy> strategies) {

	public PlanContent {
		targets = List.copyOf(targets);
		strategies = List.copyOf(strategies);
	}

	public static PlanContent empty() {
		return new PlanContent(List.of(), null, List.of());
	}

	/** Every program, strategy by strategy. */
	public List<Program> programs() {
		return strategies.stream().flatMap(s -> s.programs().stream()).toList();
	}

	public BigDecimal programJobTargetSum() {
		return programs().stream().map(Program::jobTarget).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Budget budgetSum() {
		return programs().stream().map(Program::budget).reduce(Budget.ZERO, Budget::plus);
	}

	/** A headline target (일자리 목표) of one indicator, in the indicator's unit. */
	public record Target(Indicator indicator, BigDecimal baselineValue, BigDecimal targetValue) {
	}

	/**
	 * A strategy (전략 / 핵심과제) and its programs.
	 *
	 * @param id stable across the plan's versions; null for one not saved yet
	 */
	public record Strategy(Long id, String title, List<Program> programs) {

		public Strategy {
			programs = List.copyOf(programs);
		}
	}

	/**
	 * A program (세부사업).
	 *
	 * @param id stable across the plan's versions (results refer to it); null for one not saved yet
	 * @param subCategory one of the government's configured sub-categories, or null
	 * @param jobTarget people or jobs, a whole number
	 */
	public record Program(Long id, String name, ProgramType type, String subCategory, String department,
			BigDecimal jobTarget, Budget budget) {
	}

	/** A budget in won by source: 국비, 시도비, 시군구비, 기타. */
	public record Budget(BigDecimal national, BigDecimal provincial, BigDecimal local, BigDecimal other) {

		public static final Budget ZERO = new Budget(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

		public BigDecimal total() {
			return national.add(provincial).add(local).add(other);
		}

		Budget plus(Budget b) {
			return new Budget(national.add(b.national), provincial.add(b.provincial), local.add(b.local),
					other.add(b.other));
		}
	}
}
