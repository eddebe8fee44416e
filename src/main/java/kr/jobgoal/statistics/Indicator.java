package kr.jobgoal.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;

import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;

/**
 * The contract's indicator codes, each with the one unit its values are stored in. Rates are percent as
 * published (one decimal); employed persons are thousands, as 통계청 publishes them.
 */
public enum Indicator {
	/** 고용률 15~64세 (OECD basis), the mandatory headline target. */
	EMPLOYMENT_RATE_15_64(Unit.PERCENT),
	/** 고용률, all ages 15+ (the domestic headline). */
	EMPLOYMENT_RATE_15_PLUS(Unit.PERCENT),
	/** 청년 고용률 15~29세. */
	YOUTH_EMPLOYMENT_RATE_15_29(Unit.PERCENT),
	/** 여성 고용률 15~64세. */
	WOMEN_EMPLOYMENT_RATE_15_64(Unit.PERCENT),
	/** 여성 고용률 15세 이상. */
	WOMEN_EMPLOYMENT_RATE_15_PLUS(Unit.PERCENT),
	/** 취업자 수, in thousands. */
	EMPLOYED_PERSONS(Unit.THOUSAND_PERSONS),
	/** 상용근로자 수, in thousands (as 지역별고용조사 publishes it). */
	REGULAR_WORKERS(Unit.THOUSAND_PERSONS),
	/** 실업률. */
	UNEMPLOYMENT_RATE(Unit.PERCENT),
	/** 일자리 창출 실적 (number of jobs). */
	JOBS_CREATED(Unit.JOBS);

	/** Unit codes as stored and as sent in JSON. */
	public static final class Unit {
		public static final String PERCENT = "%";
		public static final String THOUSAND_PERSONS = "thousand_persons";
		public static final String JOBS = "jobs";

		private Unit() {
		}
	}

	private final String unit;

	Indicator(String unit) {
		this.unit = unit;
	}

	public String unit() {
		return unit;
	}

	public boolean isRate() {
		return Unit.PERCENT.equals(unit);
	}

	/** The range and scale of a value in this indicator's unit: rates 0–100.0, thousands of persons to one decimal, jobs whole. */
	public NumberBound bound() {
		return switch (unit) {
			case Unit.PERCENT -> NumberBound.RATE;
			case Unit.THOUSAND_PERSONS -> NumberBound.THOUSAND_PERSONS;
			default -> NumberBound.PERSONS;
		};
	}

	/** Why a value of this indicator was refused, in Korean, naming the indicator, the value and what it allows. */
	public String refusalKo(String cell, NumberBound.Refusal refusal) {
		return bound().messageKo(name() + " 값 " + cell, refusal);
	}

	/**
	 * The indicator named by its code.
	 *
	 * @throws IllegalArgumentException with a Korean message listing the codes
	 */
	public static Indicator parse(String code) {
		for (Indicator indicator : values()) {
			if (indicator.name().equals(code)) {
				return indicator;
			}
		}
		throw new IllegalArgumentException("지표 '" + (code == null ? "" : code) + "'" + KoreanParticles.after(code == null ? "" : code, "은") + " 없는 지표 코드입니다. 다음 중 하나를 쓰세요: " + codes() + ".");
	}

	static String codes() {
		return Arrays.stream(values()).map(Indicator::name).collect(Collectors.joining(", "));
	}
}
