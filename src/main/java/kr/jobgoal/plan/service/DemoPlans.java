package kr.jobgoal.plan.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.region.Government;
import kr.jobgoal.statistics.Indicator;

/**
 * Generates the demo annual plans: the same plans for the same government every time (the random numbers
 * are seeded by the government's code and the year). Headline targets start from real official values
 * ({@link DemoBaselines}); the programs' job targets add up to 90–100 % of the total job target. 김제시 2020
 * carries the published figures of its 2021-07-06 press release — the total job target of 3,000 and 438 for
 * 고용안정 선제대응 패키지 — and the other programs the release names, with demo numbers.
 */
public final class DemoPlans {

	public static final String GIMJE = "45210";

	public static final int GIMJE_2020_TOTAL = 3000;

	public static final int GIMJE_PACKAGE_TARGET = 438;

	public static final String GIMJE_PACKAGE = "고용안정 선제대응 패키지";

	/** 김제시's sub-categories, each mapped onto a program type. */
	public static final Map<String, ProgramType> GIMJE_SUB_CATEGORIES = Map.of("고용안정 지원", ProgramType.EMPLOYMENT_SERVICES,
			"청년 일자리", ProgramType.EMPLOYMENT_SUBSIDIES, "청년 창업", ProgramType.STARTUP_SUPPORT,
			"노인·신중년 일자리", ProgramType.DIRECT_JOBS, "일자리 매칭", ProgramType.EMPLOYMENT_SERVICES);

	private record Template(String name, ProgramType type, String department) {
	}

	private static final List<Template> PROGRAMS = List.of(
			new Template("노인 일자리 및 사회활동 지원", ProgramType.DIRECT_JOBS, "노인복지과"),
			new Template("지역공동체 일자리", ProgramType.DIRECT_JOBS, "일자리정책과"),
			new Template("공공근로", ProgramType.DIRECT_JOBS, "일자리정책과"),
			new Template("자활근로", ProgramType.DIRECT_JOBS, "복지정책과"),
			new Template("지역산업 맞춤형 인력양성", ProgramType.VOCATIONAL_TRAINING, "일자리정책과"),
			new Template("신중년 재취업 직업훈련", ProgramType.VOCATIONAL_TRAINING, "일자리정책과"),
			new Template("경력단절여성 직업훈련", ProgramType.VOCATIONAL_TRAINING, "여성가족과"),
			new Template("일자리지원센터 운영", ProgramType.EMPLOYMENT_SERVICES, "일자리정책과"),
			new Template("취업박람회 개최", ProgramType.EMPLOYMENT_SERVICES, "일자리정책과"),
			new Template("여성새로일하기센터 운영", ProgramType.EMPLOYMENT_SERVICES, "여성가족과"),
			new Template("청년 일자리 지원금", ProgramType.EMPLOYMENT_SUBSIDIES, "청년정책과"),
			new Template("중소기업 고용장려금", ProgramType.EMPLOYMENT_SUBSIDIES, "기업지원과"),
			new Template("사회적기업 일자리창출 지원", ProgramType.EMPLOYMENT_SUBSIDIES, "사회적경제과"),
			new Template("청년 창업 지원", ProgramType.STARTUP_SUPPORT, "청년정책과"),
			new Template("소상공인 창업 지원", ProgramType.STARTUP_SUPPORT, "경제정책과"),
			new Template("사회적경제기업 육성", ProgramType.STARTUP_SUPPORT, "사회적경제과"),
			new Template("긴급 고용안정 지원금", ProgramType.UNEMPLOYMENT_INCOME_SUPPORT, "일자리정책과"),
			new Template("실직자 생활안정 지원", ProgramType.UNEMPLOYMENT_INCOME_SUPPORT, "복지정책과"));

	private static final List<String> STRATEGIES = List.of("지역 특화산업 육성과 기업 유치", "청년이 머무는 일자리 확대",
			"취약계층 맞춤형 일자리 제공", "일자리 인프라와 고용서비스 강화", "사회적경제 활성화");

	private static final BigDecimal MILLION = new BigDecimal("1000000");

	private DemoPlans() {
	}

	/** A disclosed demo plan of one year. */
	public record DemoPlan(int year, Instant disclosedAt, PlanContent content) {
	}

	/** The government's demo plans for the years, in order, with their baselines from {@code baselines}. */
	public static List<DemoPlan> generate(Government government, List<Integer> years, DemoBaselines baselines) {
		List<DemoPlan> plans = new ArrayList<>();
		for (int year : years) {
			Random random = new Random(Long.parseLong(government.code()) * 10_000L + year);
			List<Target> targets = DemoBaselines.INDICATORS.stream()
				.map(indicator -> target(indicator, baselines.of(government, year, indicator), random))
				.toList();
			PlanContent content = GIMJE.equals(government.code()) ? gimje(year, targets, random)
					: generic(government, targets, random);
			plans.add(new DemoPlan(year, disclosedAt(year, random), content));
		}
		return plans;
	}

	/** Most plans are disclosed in March; about one in twenty-five in April, after the deadline. */
	private static Instant disclosedAt(int year, Random random) {
		boolean late = random.nextInt(25) == 0;
		LocalDateTime at = late ? LocalDateTime.of(year, 4, 1 + random.nextInt(20), 10, 0)
				: LocalDateTime.of(year, 3, 10 + random.nextInt(20), 9 + random.nextInt(8), 0);
		return at.atZone(PlanFormat.SEOUL).toInstant();
	}

	/**
	 * A small improvement over the baseline, as plans set them: +0.1 to +1.0 %p for a rate (at most 100), +0.5 to
	 * +2.0 % for 취업자 수 (at least 0.1 thousand more), kept to the published one decimal.
	 */
	private static Target target(Indicator indicator, BigDecimal baseline, Random random) {
		BigDecimal target;
		if (indicator.isRate()) {
			target = baseline.add(decimal(0, 1 + random.nextInt(10))).min(new BigDecimal("100.0"));
		}
		else {
			BigDecimal growth = BigDecimal.valueOf(1000 + 5 + random.nextInt(16), 3);
			target = baseline.multiply(growth).setScale(1, RoundingMode.HALF_UP).max(baseline.add(decimal(0, 1)));
		}
		return new Target(indicator, baseline.setScale(1), target);
	}

	private static int totalJobTarget(Government g, Random random) {
		if (g.isMetro()) {
			return (20 + random.nextInt(130)) * 1000;
		}
		return switch (g.type()) {
			case "county" -> (3 + random.nextInt(12)) * 100;
			case "district" -> (8 + random.nextInt(32)) * 100;
			default -> (15 + random.nextInt(45)) * 100;
		};
	}

	private static PlanContent generic(Government g, List<Target> targets, Random random) {
		int total = totalJobTarget(g, random);
		int strategyCount = 3 + random.nextInt(2);
		List<String> titles = new ArrayList<>(STRATEGIES);
		List<Template> pool = new ArrayList<>(PROGRAMS);
		List<List<Template>> chosen = new ArrayList<>();
		List<Integer> weights = new ArrayList<>();
		for (int s = 0; s < strategyCount; s++) {
			List<Template> programs = new ArrayList<>();
			int n = 2 + random.nextInt(2);
			for (int p = 0; p < n; p++) {
				programs.add(pool.remove(random.nextInt(pool.size())));
				weights.add(1 + random.nextInt(10));
			}
			chosen.add(programs);
		}
		List<Integer> jobs = allocate(programShare(total, random), weights);
		List<Strategy> strategies = new ArrayList<>();
		int next = 0;
		for (int s = 0; s < strategyCount; s++) {
			String title = titles.remove(random.nextInt(titles.size()));
			List<Program> programs = new ArrayList<>();
			for (Template t : chosen.get(s)) {
				programs.add(new Program(null, t.name(), t.type(), null, t.department(),
						BigDecimal.valueOf(jobs.get(next++)), budget(g, random)));
			}
			strategies.add(new Strategy(null, title, programs));
		}
		return new PlanContent(targets, BigDecimal.valueOf(total), strategies);
	}

	/**
	 * What the programs add up to: 90–100 % of {@code total}. The rest stands for jobs no program of the plan
	 * creates (investment attraction and the like), which the validator allows.
	 */
	private static int programShare(int total, Random random) {
		return total * (90 + random.nextInt(11)) / 100;
	}

	/** Whole numbers of at least 1, proportional to the weights, adding up to exactly {@code sum}. */
	public static List<Integer> allocate(int sum, List<Integer> weights) {
		int weightSum = weights.stream().mapToInt(Integer::intValue).sum();
		int spare = sum - weights.size();
		List<Integer> shares = new ArrayList<>();
		int given = 0;
		for (int weight : weights) {
			int share = 1 + spare * weight / weightSum;
			shares.add(share);
			given += share;
		}
		// the rounding remainder goes to the first program, the strategy's lead one
		shares.set(0, shares.get(0) + sum - given);
		return shares;
	}

	/**
	 * 김제시's programs. In 2020 the published total of 3,000 and 438 for the package are kept; the other
	 * programs share 90–100 % of the rest by demo weights (마을환경지킴이제, a direct-jobs program, the largest).
	 */
	private static PlanContent gimje(int year, List<Target> targets, Random random) {
		boolean published = year == 2020;
		int total = published ? GIMJE_2020_TOTAL : 3000 + 100 * random.nextInt(5);
		int packageTarget = published ? GIMJE_PACKAGE_TARGET : 400 + random.nextInt(80);
		List<Integer> others = allocate(programShare(total - packageTarget, random),
				List.of(4 + random.nextInt(4), 3 + random.nextInt(4), 10 + random.nextInt(6), 2 + random.nextInt(3),
						5 + random.nextInt(4)));
		List<Strategy> strategies = List.of(
				new Strategy(null, "고용위기 선제 대응", List.of(gimjeProgram(GIMJE_PACKAGE, ProgramType.EMPLOYMENT_SERVICES,
						"고용안정 지원", "일자리경제과", packageTarget, random))),
				new Strategy(null, "청년 일자리와 창업 지원", List.of(
						gimjeProgram("청년인턴사원제", ProgramType.EMPLOYMENT_SUBSIDIES, "청년 일자리", "일자리경제과",
								others.get(0), random),
						gimjeProgram("청년 창업농 육성", ProgramType.STARTUP_SUPPORT, "청년 창업", "농업정책과",
								others.get(1), random))),
				new Strategy(null, "신중년·노인 맞춤형 일자리", List.of(
						gimjeProgram("마을환경지킴이제", ProgramType.DIRECT_JOBS, "노인·신중년 일자리", "환경과",
								others.get(2), random),
						gimjeProgram("신중년 경력활용 일자리", ProgramType.DIRECT_JOBS, "노인·신중년 일자리", "일자리경제과",
								others.get(3), random))),
				new Strategy(null, "일자리 미스매치 해소", List.of(gimjeProgram("취업박람회·구인구직 만남의 날",
						ProgramType.EMPLOYMENT_SERVICES, "일자리 매칭", "일자리경제과", others.get(4), random))));
		return new PlanContent(targets, BigDecimal.valueOf(total), strategies);
	}

	private static Program gimjeProgram(String name, ProgramType type, String subCategory, String department,
			int jobTarget, Random random) {
		return new Program(null, name, type, subCategory, department, BigDecimal.valueOf(jobTarget), budget(null, random));
	}

	/** Won amounts in whole millions: mostly national money, some provincial, the rest local. */
	private static Budget budget(Government g, Random random) {
		int millions = (g != null && g.isMetro() ? 500 : 50) + random.nextInt(g != null && g.isMetro() ? 9500 : 2950);
		int national = millions * (30 + random.nextInt(31)) / 100;
		int provincial = (millions - national) * (10 + random.nextInt(21)) / 100;
		int other = random.nextInt(5) == 0 ? millions / 20 : 0;
		int local = millions - national - provincial - other;
		return new Budget(won(national), won(provincial), won(local), won(other));
	}

	private static BigDecimal won(int millions) {
		return MILLION.multiply(BigDecimal.valueOf(millions));
	}

	private static BigDecimal decimal(int whole, int tenths) {
		return BigDecimal.valueOf(whole * 10L + tenths, 1);
	}
}
