package kr.jobgoal.plan;

import java.math.BigDecimal;

/**
 * A headline target's indicator, in the unit it is published in. Labels are in the {@code plan.indicator.*}
 * messages.
 */
public enum Indicator {
	EMPLOYMENT_RATE_15_64(Unit.PERCENT),
	EMPLOYMENT_RATE_15_PLUS(Unit.PERCENT),
	YOUTH_EMPLOYMENT_RATE_15_29(Unit.PERCENT),
	WOMEN_EMPLOYMENT_RATE_15_64(Unit.PERCENT),
	WOMEN_EMPLOYMENT_RATE_15_PLUS(Unit.PERCENT),
	/** 취업자 수, in thousand persons as the survey publishes it. */
	EMPLOYED_PERSONS(Unit.THOUSAND_PERSONS),
	REGULAR_WORKERS(Unit.PERSONS),
	UNEMPLOYMENT_RATE(Unit.PERCENT),
	/** 일자리 창출 목표; when a plan lists it, it equals the plan's total job target. */
	JOBS_CREATED(Unit.JOBS);

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final Unit unit;

	Indicator(Unit unit) {
		this.unit = unit;
	}

	public Unit unit() {
		return unit;
	}

	/** 고용률 (15–64세) and 취업자 수 are mandatory in every plan (DOMAIN §1). */
	public boolean mandatory() {
		return this == EMPLOYMENT_RATE_15_64 || this == EMPLOYED_PERSONS;
	}

	/** The largest value the indicator can take, or null when unbounded. */
	public BigDecimal maximum() {
		return unit == Unit.PERCENT ? HUNDRED : null;
	}

	/** Units with the number of decimals they are published with. */
	public enum Unit {
		PERCENT("%", 1), THOUSAND_PERSONS("천명", 1), PERSONS("명", 0), JOBS("개", 0);

		private final String symbol;

		private final int scale;

		Unit(String symbol, int scale) {
			this.symbol = symbol;
			this.scale = scale;
		}

		/** As written in plans and in the API: % or 천명. */
		public String symbol() {
			return symbol;
		}

		public int scale() {
			return scale;
		}
	}
}
