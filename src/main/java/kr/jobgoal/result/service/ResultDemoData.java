package kr.jobgoal.result.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.NewFact;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, once: results for every 2020 and 2021 demo plan, generated from the government's code and the
 * year (the same figures every time) and marked as demo. A government's year that already has facts is left
 * alone, so demo figures never overwrite or mix with real ones. The years' roll-ups are rebuilt in the same
 * transaction.
 * <ul>
 * <li>2020 is reported as annual figures; 2021 by half-years, and about one government in twelve has not
 * reported its 하반기 (so the overdue view has something to show);</li>
 * <li>김제시 2020 carries the published figures of its 2021-07-06 press release: 6,396 jobs created in all,
 * 639 of them through 고용안정 선제대응 패키지; how the rest splits over its other programs is demo;</li>
 * <li>익산시 2021 has one corrected fact, so the correction history has an example.</li>
 * </ul>
 */
@Component
@Order(400)
public class ResultDemoData implements ApplicationRunner {

	public static final List<Integer> YEARS = List.of(2020, 2021);

	public static final String DEMO_USER = "demo";

	public static final String GIMJE = "45210";

	public static final BigDecimal GIMJE_2020_JOBS = new BigDecimal("6396");

	public static final String GIMJE_PACKAGE = "고용안정 선제대응 패키지";

	public static final BigDecimal GIMJE_PACKAGE_JOBS = new BigDecimal("639");

	public static final String GIMJE_SOURCE = "김제시 보도자료 2021-07-06 (전국 지방자치단체 일자리대상 수상)";

	public static final String IKSAN = "45140";

	private static final Logger log = LoggerFactory.getLogger(ResultDemoData.class);

	private final DemoMode demoMode;

	private final DisclosedPlans plans;

	private final GovernmentDirectory directory;

	private final FactRepository facts;

	private final AuditLog audit;

	private final RollUpWriter rollUps;

	private final TransactionTemplate transactions;

	public ResultDemoData(DemoMode demoMode, DisclosedPlans plans, GovernmentDirectory directory, FactRepository facts,
			AuditLog audit, RollUpWriter rollUps, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.plans = plans;
		this.directory = directory;
		this.facts = facts;
		this.audit = audit;
		this.rollUps = rollUps;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!facts.anyDemo()) {
				load();
			}
		});
	}

	private void load() {
		long started = System.nanoTime();
		List<FactRepository.DemoFact> rows = new ArrayList<>();
		int years = 0;
		for (int year : YEARS) {
			Map<Long, DisclosedPlan> latest = plans.allAnnualVersions(year)
				.stream()
				.filter(DisclosedPlan::demo)
				.collect(Collectors.toMap(DisclosedPlan::governmentId, Function.identity(),
						(a, b) -> a.version() >= b.version() ? a : b));
			for (DisclosedPlan plan : latest.values()) {
				Government government = directory.findById(plan.governmentId(), ResultBook.referenceDate(year)).orElse(null);
				if (government == null || facts.exists(plan.governmentId(), year)) {
					continue;
				}
				rows.addAll(generate(government, year, plan.content()));
				years++;
			}
		}
		facts.insertDemo(rows);
		correctOneIksanFact();
		// the demo plans and facts went in as batches, without the events that keep roll-ups current
		YEARS.forEach(rollUps::rebuild);
		audit.record("result.fact", "demo", "demo-load", null, Map.of("facts", rows.size(), "governmentYears", years));
		log.info("예시 추진실적(데모) {}건 생성 ({} ms)", rows.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The facts of one government's year. */
	public static List<FactRepository.DemoFact> generate(Government government, int year, PlanContent plan) {
		Random random = new Random(Long.parseLong(government.code()) * 10_000L + year + 400);
		List<PlanContent.Program> programs = plan.programs();
		List<BigDecimal> jobs = GIMJE.equals(government.code()) && year == 2020 ? gimje2020(programs)
				: scatter(programs, random);
		boolean secondHalfMissing = year == 2021 && random.nextInt(12) == 0;
		List<FactRepository.DemoFact> rows = new ArrayList<>();
		for (int i = 0; i < programs.size(); i++) {
			PlanContent.Program p = programs.get(i);
			BigDecimal budget = executed(p, random);
			String note = note(government, year, p);
			if (year == 2020) {
				rows.add(row(government, year, p, Integer.toString(year), jobs.get(i), budget, note,
						at(year + 1, 2, 1 + random.nextInt(27))));
				continue;
			}
			BigDecimal firstHalf = jobs.get(i).multiply(BigDecimal.valueOf(35 + random.nextInt(30)))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
			BigDecimal firstBudget = budget == null ? null : budget.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
			rows.add(row(government, year, p, year + "H1", firstHalf, firstBudget, note, at(year, 8, 1 + random.nextInt(28))));
			if (!secondHalfMissing) {
				rows.add(row(government, year, p, year + "H2", jobs.get(i).subtract(firstHalf),
						budget == null ? null : budget.subtract(firstBudget), note, at(year + 1, 2, 1 + random.nextInt(27))));
			}
		}
		return rows;
	}

	/**
	 * Each program creates 60–160 % of its own job target (rounded down), so program, plan and roll-up
	 * achievement scatter around 100 % as real results do; the total is their sum.
	 */
	private static List<BigDecimal> scatter(List<PlanContent.Program> programs, Random random) {
		return programs.stream()
			.map(p -> p.jobTarget()
				.multiply(BigDecimal.valueOf(60 + random.nextInt(101)))
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN))
			.toList();
	}

	/**
	 * 639 for the package and 6,396 − 639 spread over the others by their targets: 김제시 really created 213 %
	 * of its target, so these programs come out far above theirs.
	 */
	private static List<BigDecimal> gimje2020(List<PlanContent.Program> programs) {
		BigDecimal rest = GIMJE_2020_JOBS.subtract(GIMJE_PACKAGE_JOBS);
		List<PlanContent.Program> others = programs.stream().filter(p -> !GIMJE_PACKAGE.equals(p.name())).toList();
		if (others.size() == programs.size()) {
			throw new IllegalStateException("김제시 2020 demo plan without " + GIMJE_PACKAGE);
		}
		List<BigDecimal> shares = share(rest, others.stream().map(p -> p.jobTarget().max(BigDecimal.ONE)).toList());
		List<BigDecimal> jobs = new ArrayList<>();
		int next = 0;
		for (PlanContent.Program p : programs) {
			jobs.add(GIMJE_PACKAGE.equals(p.name()) ? GIMJE_PACKAGE_JOBS : shares.get(next++));
		}
		return jobs;
	}

	/** Whole numbers proportional to the weights that add up to exactly {@code total}. */
	public static List<BigDecimal> share(BigDecimal total, List<BigDecimal> weights) {
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<BigDecimal> shares = new ArrayList<>();
		BigDecimal left = total;
		for (int i = 0; i < weights.size(); i++) {
			BigDecimal share = i == weights.size() - 1 || sum.signum() == 0 ? left
					: total.multiply(weights.get(i)).divide(sum, 0, RoundingMode.DOWN);
			shares.add(share);
			left = left.subtract(share);
		}
		return shares;
	}

	/** 80–100 % of the program's planned budget, in whole thousands of won. */
	private static BigDecimal executed(PlanContent.Program p, Random random) {
		if (p.budget() == null || p.budget().total().signum() == 0) {
			return null;
		}
		return p.budget().total().multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
			.divide(BigDecimal.valueOf(100_000), 0, RoundingMode.DOWN)
			.multiply(BigDecimal.valueOf(1000));
	}

	private static String note(Government government, int year, PlanContent.Program p) {
		if (GIMJE.equals(government.code()) && year == 2020) {
			return GIMJE_PACKAGE.equals(p.name()) ? "639명 고용창출(목표 438명): " + GIMJE_SOURCE
					: "데모 배분 (총 6,396개 창출은 " + GIMJE_SOURCE + ")";
		}
		return "데모 자료";
	}

	private static FactRepository.DemoFact row(Government g, int year, PlanContent.Program p, String period,
			BigDecimal jobs, BigDecimal budget, String note, OffsetDateTime at) {
		return new FactRepository.DemoFact(g.id(), year,
				new NewFact(p.id(), period, jobs, budget, note, null, null), DEMO_USER, at);
	}

	private static OffsetDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 10, 0).atZone(ResultBook.SEOUL).toOffsetDateTime();
	}

	/** 익산시's first 2021 하반기 fact is corrected, with a reason, as an officer would. */
	private void correctOneIksanFact() {
		directory.find(IKSAN, ResultBook.referenceDate(2021)).ifPresent(iksan -> {
			List<ResultFact> recorded = facts.findAll(iksan.id(), 2021);
			recorded.stream().filter(f -> f.demo() && f.period().equals("2021H2")).findFirst().ifPresent(f -> {
				NewFact correction = new NewFact(f.programId(), f.period(), f.jobsCreated().add(BigDecimal.valueOf(12)),
						f.budgetExecuted(), f.note(), f.id(), "데모: 12월 채용분 집계 누락을 반영해 정정");
				facts.insert(iksan.id(), 2021, correction, DEMO_USER, at(2022, 2, 25), true);
			});
		});
	}
}
