package kr.jobgoal.evaluation.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact number of points: a fraction of decimals, never rounded while computing. The contract asks for
 * at least ten decimal places; keeping the exact fraction means that totals which are truly equal compare
 * equal (⅓ + ⅓ + ⅓ ties with 1), so a tie at an award boundary is never decided by a rounding digit.
 * Points are shown with two decimals rounded half up and stored with {@link #STORED_SCALE} decimals.
 */
public final class Points implements Comparable<Points> {

	public static final Points ZERO = new Points(BigInteger.ZERO, BigInteger.ONE);

	/** Decimals shown in responses (rounded half up). */
	public static final int SHOWN_SCALE = 2;

	/** Decimals kept when points are written down as a decimal (rounded half up). */
	public static final int STORED_SCALE = 20;

	private final BigInteger numerator;

	/** Always positive; the fraction is in lowest terms. */
	private final BigInteger denominator;

	private Points(BigInteger numerator, BigInteger denominator) {
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public static Points of(BigDecimal value) {
		return fraction(numerator(value), denominator(value));
	}

	/** {@code factor × dividend ÷ divisor}, exactly (reduced once); the divisor must not be zero. */
	static Points share(BigDecimal factor, BigDecimal dividend, BigDecimal divisor) {
		return fraction(numerator(factor).multiply(numerator(dividend)).multiply(denominator(divisor)),
				denominator(factor).multiply(denominator(dividend)).multiply(numerator(divisor)));
	}

	/** A decimal is unscaled ÷ 10^scale: these are the two parts, not yet in lowest terms. */
	private static BigInteger numerator(BigDecimal value) {
		return value.scale() >= 0 ? value.unscaledValue() : value.toBigIntegerExact();
	}

	private static BigInteger denominator(BigDecimal value) {
		return value.scale() > 0 ? BigInteger.TEN.pow(value.scale()) : BigInteger.ONE;
	}

	private static Points fraction(BigInteger numerator, BigInteger denominator) {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("division by zero");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
			return new Points(numerator, numerator.signum() == 0 ? BigInteger.ONE : denominator);
		}
		return new Points(numerator.divide(gcd), denominator.divide(gcd));
	}

	public Points plus(Points other) {
		if (denominator.equals(other.denominator)) {
			return fraction(numerator.add(other.numerator), denominator);
		}
		return fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Points dividedBy(Points other) {
		return fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
	}

	Points dividedBy(int divisor) {
		return fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
	}

	/** The points rounded half up to the given number of decimals (correctly rounded from the exact value). */
	public BigDecimal rounded(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
	}

	/** As responses show them: two decimals, rounded half up ("31.33"). */
	public BigDecimal shown() {
		return rounded(SHOWN_SCALE);
	}

	@Override
	public int compareTo(Points other) {
		return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Points p && numerator.equals(p.numerator) && denominator.equals(p.denominator);
	}

	@Override
	public int hashCode() {
		return 31 * numerator.hashCode() + denominator.hashCode();
	}

	@Override
	public String toString() {
		return rounded(STORED_SCALE).toPlainString();
	}
}
