package kr.jobgoal.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Objects;

/**
 * An achievement rate (달성률): actual ÷ target × 100, the one place in Jobgoal where it is computed.
 * The ratio is kept as the exact pair of decimals and only cut when shown:
 * <ul>
 * <li>{@link #rate()} is the exact percentage cut (not rounded) to two decimals: 639/438 → {@code 145.89};</li>
 * <li>{@link #display(Display)} follows the display setting, by default an integer percent cut: {@code 145%}.</li>
 * </ul>
 * A missing or zero target has no rate (shown {@code –}), never a division error; so has a missing actual,
 * because a figure nobody reported is not a zero.
 */
public final class Achievement {

	/** What is shown where there is no rate. */
	public static final String NONE = "–";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Orders by the exact ratio, highest first (cross-multiplied, both targets being positive); those
	 * without a rate come last.
	 */
	public static final Comparator<Achievement> HIGHEST_FIRST = (a, b) -> {
		if (!a.hasRate() || !b.hasRate()) {
			return Boolean.compare(b.hasRate(), a.hasRate());
		}
		return b.actual.multiply(a.target).compareTo(a.actual.multiply(b.target));
	};

	private final BigDecimal actual;

	private final BigDecimal target;

	private Achievement(BigDecimal actual, BigDecimal target) {
		this.actual = actual;
		this.target = target;
	}

	/** @param actual what was achieved, null when nothing was reported; @param target null or zero for none */
	public static Achievement of(BigDecimal actual, BigDecimal target) {
		return new Achievement(actual, target);
	}

	public static Achievement of(long actual, long target) {
		return of(BigDecimal.valueOf(actual), BigDecimal.valueOf(target));
	}

	public BigDecimal actual() {
		return actual;
	}

	public BigDecimal target() {
		return target;
	}

	/** True when both figures are there and the target is positive. */
	public boolean hasRate() {
		return actual != null && target != null && target.signum() > 0;
	}

	/** The percentage cut to two decimals, e.g. {@code 213.20}; null without a rate. */
	public String rate() {
		return hasRate() ? percent(2, RoundingMode.DOWN).toPlainString() : null;
	}

	/** The percentage as the setting shows it, e.g. {@code 213%}; {@code –} without a rate. */
	public String display(Display setting) {
		return hasRate() ? percent(setting.scale(), setting.rounding()).toPlainString() + "%" : NONE;
	}

	/** Whether the target is reached (달성); false without a rate. */
	public boolean met() {
		return hasRate() && actual.compareTo(target) >= 0;
	}

	/**
	 * The percentage rounded once from the exact quotient: actual × 100 is exact, and BigDecimal's division
	 * to a scale rounds the true quotient, so no intermediate rounding can shift a digit.
	 */
	private BigDecimal percent(int scale, RoundingMode rounding) {
		return actual.multiply(HUNDRED).divide(target, scale, rounding);
	}

	@Override
	public String toString() {
		return actual + "/" + target + " (" + (hasRate() ? rate() : NONE) + ")";
	}

	/**
	 * How rates are shown to people: {@code jobgoal.achievement.display-scale} decimals (default 0) with
	 * {@code jobgoal.achievement.rounding} (default DOWN, the field's practice: 145.89 → {@code 145%}).
	 */
	public record Display(int scale, RoundingMode rounding) {

		public static final Display DEFAULT = new Display(0, RoundingMode.DOWN);

		public Display {
			if (scale < 0 || scale > 2) {
				throw new IllegalArgumentException("display scale must be 0, 1 or 2");
			}
			Objects.requireNonNull(rounding, "rounding");
			if (rounding == RoundingMode.UNNECESSARY) {
				throw new IllegalArgumentException("a rate display must round");
			}
		}
	}
}
