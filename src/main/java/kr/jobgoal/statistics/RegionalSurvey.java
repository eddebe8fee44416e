package kr.jobgoal.statistics;

import java.time.LocalDate;
import java.util.Set;

import kr.jobgoal.shared.Period;

/**
 * Facts of 통계청's 지역별고용조사 (Local Area Labour Force Survey) that importing its figures depends on.
 */
public final class RegionalSurvey {

	/**
	 * 제주특별자치도's 제주시 and 서귀포시 are 행정시 (administrative cities), not local governments: the survey
	 * publishes figures for them, but there is no government (and no code) to attach them to.
	 */
	public static final Set<String> ADMINISTRATIVE_CITIES = Set.of("제주시", "서귀포시");

	public static final String JEJU = "제주특별자치도";

	private RegionalSurvey() {
	}

	/**
	 * The date whose set of governments a half-year's figures belong to: the 15th of the survey month, April
	 * for 상반기 (H1) and October for 하반기 (H2).
	 *
	 * @throws IllegalArgumentException for a period that is not a half year
	 */
	public static LocalDate referenceDate(Period half) {
		if (half.granularity() != Period.Granularity.HALF) {
			throw new IllegalArgumentException("지역별고용조사는 반기 자료입니다 (" + half + ").");
		}
		return LocalDate.of(half.year(), half.number() == 1 ? 4 : 10, 15);
	}
}
