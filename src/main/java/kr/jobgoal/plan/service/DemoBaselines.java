package kr.jobgoal.plan.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import kr.jobgoal.region.Government;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;

/**
 * The baselines of the demo plans' headline targets: for a year-N plan the official 지역별고용조사 value of
 * (N−1) 하반기, the last one published before the plan. Where the survey has none:
 * <ul>
 * <li>a district of a 특별·광역시 (surveyed only from 2021 상반기) takes its first surveyed value, 2021 상반기 —
 * the nearest real level;</li>
 * <li>a metro government (never surveyed itself) takes the sum of its basic governments' 취업자 수 and the simple
 * (unweighted) mean of their rates, rounded half up to the published one decimal;</li>
 * <li>세종 and 제주, whose basic governments are not surveyed (세종 has none, 제주시·서귀포시 are 행정시), take
 * the mean rate of every basic government and a rounded 취업자 수 of their size (제주: 제주시 + 서귀포시 of the
 * survey, about 375 thousand; 세종: about 175 thousand);</li>
 * <li>anything else left takes the mean of every basic government.</li>
 * </ul>
 */
public final class DemoBaselines {

	/** The targets every demo plan carries: the two mandatory ones and 청년 고용률. */
	public static final List<Indicator> INDICATORS = List.of(Indicator.EMPLOYMENT_RATE_15_64, Indicator.EMPLOYED_PERSONS,
			Indicator.YOUTH_EMPLOYMENT_RATE_15_29);

	/** The first half in which the survey covers the districts of 특별·광역시. */
	public static final Period DISTRICTS_SURVEYED_FROM = Period.half(2021, 1);

	private static final Map<String, BigDecimal> EMPLOYED_WITHOUT_SURVEYED_BASICS = Map.of("36000",
			new BigDecimal("175.0"), "50000", new BigDecimal("375.0"));

	private record Key(long governmentId, int year, Indicator indicator) {
	}

	private final Map<Key, BigDecimal> values = new HashMap<>();

	private DemoBaselines() {
	}

	/** The baseline of the government's year-N plan; never null for a government of that year. */
	public BigDecimal of(Government government, int year, Indicator indicator) {
		return Objects.requireNonNull(values.get(new Key(government.id(), year, indicator)),
				() -> "no demo baseline for " + government.code() + " " + year + " " + indicator);
	}

	/**
	 * Works out the baselines of every government of each year.
	 *
	 * @param governmentsByYear the governments that disclose a plan in the year
	 * @param official every government's official value of an indicator for a period (one query each)
	 */
	public static DemoBaselines derive(Map<Integer, List<Government>> governmentsByYear,
			BiFunction<Indicator, Period, Map<Long, BigDecimal>> official) {
		DemoBaselines baselines = new DemoBaselines();
		for (Indicator indicator : INDICATORS) {
			Map<Long, BigDecimal> firstDistrictValues = official.apply(indicator, DISTRICTS_SURVEYED_FROM);
			governmentsByYear.forEach((year, governments) -> {
				Map<Long, BigDecimal> previousHalf = official.apply(indicator, Period.half(year - 1, 2));
				Map<Long, BigDecimal> basic = new HashMap<>();
				for (Government g : governments) {
					if (!g.isMetro()) {
						BigDecimal value = previousHalf.getOrDefault(g.id(), firstDistrictValues.get(g.id()));
						if (value != null) {
							basic.put(g.id(), value);
						}
					}
				}
				BigDecimal basicMean = mean(basic.values().stream().toList());
				for (Government g : governments) {
					BigDecimal value = basic.get(g.id());
					if (value == null && g.isMetro()) {
						value = metro(g, governments, basic, indicator, basicMean);
					}
					baselines.values.put(new Key(g.id(), year, indicator), value == null ? basicMean : value);
				}
			});
		}
		return baselines;
	}

	private static BigDecimal metro(Government metro, List<Government> governments, Map<Long, BigDecimal> basic,
			Indicator indicator, BigDecimal basicMean) {
		List<BigDecimal> children = governments.stream()
			.filter(g -> metro.code().equals(g.parentCode()) && basic.containsKey(g.id()))
			.map(g -> basic.get(g.id()))
			.toList();
		if (children.isEmpty()) {
			return indicator.isRate() ? basicMean : EMPLOYED_WITHOUT_SURVEYED_BASICS.get(metro.code());
		}
		return indicator.isRate() ? mean(children) : children.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return null;
		}
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
	}
}
