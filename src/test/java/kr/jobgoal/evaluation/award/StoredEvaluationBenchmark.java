package kr.jobgoal.evaluation.award;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Input;
import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.award.AwardYearService.WhatIf;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.support.CountedStatements;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored evaluation through the database at the national size of {@code bench/evaluation/EvaluationBench.java}:
 * one award year of the 243 governments valid at the end of its data year, peer groups metro / city / county /
 * district, the same 10 criteria (6 quantitative on frozen inputs, 4 qualitative with 5 submitted scores each) and
 * five tiers. It measures {@link AwardYearService#compute} (the year's frozen inputs and submitted scores read
 * from the database, then the engine: what the what-if page and confirmation do per category) and
 * {@code confirm} (computing and writing rankings, points and awards) in a transaction rolled back after each
 * run. Prints times only and asserts none; not a {@code *Tests} class, so {@code ./mvnw verify} never runs it:
 *
 * <pre>
 * ./mvnw -B -q test -Dskip.npm -o -Dtest=StoredEvaluationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The year is set up through the repository (no audit rows, which are append-only) and committed so that every
 * confirmation runs in a transaction of its own, as an administrator's does; it is deleted at the end. The values
 * come from a fixed seed: benchmark input, not data.
 */
class StoredEvaluationBenchmark extends HttpTest {

	/** Unused by the demo data and every test. */
	private static final int YEAR = 2040;

	private static final List<String> EVALUATORS = List.of("bench1", "bench2", "bench3", "bench4", "bench5");

	private static final int COMPUTE_WARM_UP = 30;

	private static final int COMPUTE_RUNS = 200;

	private static final int CONFIRM_WARM_UP = 10;

	private static final int CONFIRM_RUNS = 100;

	@Autowired
	AwardYearService service;

	@Autowired
	AwardYearRepository repository;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storedEvaluation() {
		transactions.executeWithoutResult(status -> setUp());
		try {
			AwardYear award = service.require(YEAR);
			Category category = award.categories().get(0);
			ScoringOutcome outcome = service.compute(award, category, WhatIf.NONE);
			System.out.printf("stored evaluation %d: %d governments in %d peer groups, %d criteria, %d inputs, "
					+ "%d scores → %d awards%n", YEAR, outcome.rankings().stream().mapToInt(r -> r.entries().size()).sum(),
					outcome.rankings().size(), category.criteria().size(), repository.inputs(YEAR).size(),
					repository.scores(YEAR).size(), outcome.awards().size());
			Postgres postgres = new Postgres(jdbc);
			measure("find (the year's set-up)", COMPUTE_WARM_UP, COMPUTE_RUNS, postgres, () -> service.require(YEAR));
			measure("compute", COMPUTE_WARM_UP, COMPUTE_RUNS, postgres, () -> service.compute(award, category, WhatIf.NONE));
			measure("confirm (rolled back)", CONFIRM_WARM_UP, CONFIRM_RUNS, postgres,
					() -> transactions.executeWithoutResult(status -> {
						status.setRollbackOnly();
						service.confirm(YEAR, "bench");
					}));
			// a diagnostic, not the product: how much of confirm is the row triggers and foreign-key checks
			// (session_replication_role = replica skips all of them, for this transaction only); confirm's own
			// steps without its audit row, whose hash chain is a trigger too
			measure("confirm's reads and writes without triggers and foreign-key checks, no audit row (diagnostic)",
					CONFIRM_WARM_UP, CONFIRM_RUNS, postgres, () -> transactions.executeWithoutResult(status -> {
						status.setRollbackOnly();
						jdbc.sql("set local session_replication_role = replica").update();
						AwardYear open = service.requireOpen(YEAR);
						for (Category c : open.categories()) {
							repository.writeResults(YEAR, open.demo(), c, service.compute(open, c, WhatIf.NONE));
						}
						repository.confirm(YEAR, OffsetDateTime.now(), "bench");
					}));
			explainWrites(award, category);
		}
		finally {
			// cascades to every row of the year; an unconfirmed year may be deleted (V6_1's triggers)
			jdbc.sql("delete from evaluation_year where year = :year").param("year", YEAR).update();
		}
	}

	/**
	 * Where the confirmation's writes spend their server time: the rows {@code writeResults} stores, deleted and
	 * inserted again under {@code explain analyze}, which times every row trigger and foreign-key check. In a
	 * transaction rolled back like the measured ones (before the year is confirmed, when deleting is allowed).
	 */
	private void explainWrites(AwardYear award, Category category) {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			repository.writeResults(YEAR, award.demo(), category, service.compute(award, category, WhatIf.NONE));
			List<String> tables = List.of("evaluation_result", "evaluation_result_point", "evaluation_award");
			for (String table : tables) {
				jdbc.sql("create temporary table bench_" + table + " on commit drop as select * from " + table
						+ " where year = " + YEAR).update();
			}
			for (String table : List.of("evaluation_award", "evaluation_result_point", "evaluation_result")) {
				jdbc.sql("delete from " + table + " where year = " + YEAR).update();
			}
			for (String table : tables) {
				System.out.println("explain analyze: insert into " + table);
				jdbc.sql("explain (analyze, costs off) insert into " + table + " select * from bench_" + table)
					.query(String.class).list().forEach(line -> System.out.println("  " + line));
			}
		});
	}

	/** The year as {@code AwardYearService.create} makes it, then its snapshot, assignments and scores, open. */
	private void setUp() {
		repository.createYear(YEAR, true);
		List<Government> governments = directory.list(LocalDate.of(YEAR - 1, 12, 31), null, null);
		long categoryId = repository.insertCategory(YEAR, "disclosure", "지역일자리 목표 공시제 부문",
				"Regional job target disclosure", 0);
		int position = 0;
		for (Map.Entry<String, Map<Long, String>> group : AwardYearService.defaultGroups(PeerGroupRule.BY_TYPE, governments)
			.entrySet()) {
			String[] names = AwardYearService.GROUP_NAMES.get(group.getKey());
			repository.insertPeerGroup(YEAR, categoryId, group.getKey(), names[0], names[1], position++, group.getValue());
		}
		List<CriterionRow> criteria = criteria();
		for (int i = 0; i < criteria.size(); i++) {
			repository.insertCriterion(YEAR, categoryId, criteria.get(i), i);
		}
		List<TierRow> tiers = List.of(tier("grand", "대통령상 종합대상", 1, "400000000"), tier("prime-minister", "국무총리상", 1, "200000000"),
				tier("minister-top", "장관상 최우수", 3, "140000000"), tier("minister-excellent", "장관상 우수", 4, "70000000"),
				tier("minister-special", "장관상 특별상", 5, "55000000"));
		for (int i = 0; i < tiers.size(); i++) {
			repository.insertTier(YEAR, categoryId, tiers.get(i), i);
		}
		repository.insertStage(YEAR, 1, "1차 (시·도 추천)", LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 4, 15));
		repository.insertStage(YEAR, 2, "2차 (중앙 평가)", LocalDate.of(YEAR, 4, 16), LocalDate.of(YEAR, 5, 31));
		Category category = repository.find(YEAR).orElseThrow().categories().get(0);

		// EvaluationBench's values, in the same order per government, from the same seed
		Random random = new Random(2021);
		List<Input> inputs = new ArrayList<>();
		List<AwardYearRepository.Assignment> assignments = new ArrayList<>();
		List<Score> scores = new ArrayList<>();
		for (Government g : governments) {
			int target = 500 + random.nextInt(5000);
			inputs.add(input(g, Indicator.JOBS_CREATED, d(target), d(target * (60 + random.nextInt(100)) / 100), null));
			inputs.add(rate(g, Indicator.EMPLOYMENT_RATE_15_64, random, 55, 75));
			inputs.add(rate(g, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, random, 25, 50));
			inputs.add(rate(g, Indicator.WOMEN_EMPLOYMENT_RATE_15_64, random, 45, 70));
			BigDecimal employed = BigDecimal.valueOf(10_000 + random.nextInt(900_000), 1);
			inputs.add(input(g, Indicator.EMPLOYED_PERSONS, null, employed,
					employed.subtract(BigDecimal.valueOf(random.nextInt(50) - 20, 1))));
			EVALUATORS.forEach(e -> assignments.add(new AwardYearRepository.Assignment(g.id(), g.code(), e)));
			for (CriterionRow c : category.criteria()) {
				if (c.method().qualitative()) {
					for (String evaluator : EVALUATORS) {
						scores.add(new Score(c.id(), g.id(), evaluator, BigDecimal.valueOf(40 + random.nextInt(61), 1), null,
								true));
					}
				}
			}
		}
		OffsetDateTime now = OffsetDateTime.now();
		repository.replaceInputs(YEAR, inputs, now);
		repository.open(YEAR, now, "bench");
		repository.assign(YEAR, assignments, "bench", now);
		repository.saveScores(YEAR, scores, now);
	}

	private static List<CriterionRow> criteria() {
		return List.of(quantitative("achv", ScoringMethod.ACHIEVEMENT_CAPPED, Indicator.JOBS_CREATED, "20", "1.2"),
				quantitative("rate", ScoringMethod.PEER_MINMAX, Indicator.EMPLOYMENT_RATE_15_64, "10", null),
				quantitative("gain", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.EMPLOYMENT_RATE_15_64, "10", null),
				quantitative("youth", ScoringMethod.PEER_MINMAX, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "5", null),
				quantitative("women", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.WOMEN_EMPLOYMENT_RATE_15_64, "5", null),
				quantitative("employed", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.EMPLOYED_PERSONS, "10", null),
				qualitative("will"), qualitative("governance"), qualitative("fit"), qualitative("creative"));
	}

	private static CriterionRow quantitative(String code, ScoringMethod method, Indicator indicator, String max, String cap) {
		return new CriterionRow(0, code, code, code, method, indicator, new BigDecimal(max), cap == null ? null : new BigDecimal(cap));
	}

	private static CriterionRow qualitative(String code) {
		return new CriterionRow(0, code, code, code, ScoringMethod.QUALITATIVE_MEAN, null, new BigDecimal("10"), null);
	}

	private static TierRow tier(String code, String nameKo, int perPeerGroup, String incentive) {
		return new TierRow(0, code, nameKo, code, perPeerGroup, new BigDecimal(incentive));
	}

	private static Input input(Government g, Indicator indicator, BigDecimal target, BigDecimal actual, BigDecimal previous) {
		return new Input(g.id(), g.code(), indicator, target, actual, previous, "benchmark seed 2021");
	}

	private static Input rate(Government g, Indicator indicator, Random random, int low, int high) {
		BigDecimal actual = BigDecimal.valueOf(low * 10 + random.nextInt((high - low) * 10), 1);
		return input(g, indicator, null, actual, actual.subtract(BigDecimal.valueOf(random.nextInt(40) - 20, 1)));
	}

	private static BigDecimal d(int value) {
		return BigDecimal.valueOf(value);
	}

	private static void measure(String name, int warmUp, int runs, Postgres postgres, Runnable work) {
		for (int i = 0; i < warmUp; i++) {
			work.run();
		}
		// counted in a run of its own, so that the recording is not in the measured ones
		List<String> statements = CountedStatements.during(work);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[runs];
		long[] cpu = new long[runs];
		long serverTicks = postgres.ticks();
		for (int i = 0; i < runs; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.run();
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
		}
		// /proc ticks are 1/100 s: only the average over all runs means anything
		double serverPerRun = (postgres.ticks() - serverTicks) * 10.0 / runs;
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		// wall time includes waiting for a core on a shared machine; CPU time is this thread's own work
		System.out.printf("%s: %d runs after %d warm-up: wall median %.2f ms, p95 %.2f ms, max %.2f ms; "
				+ "thread CPU median %.2f ms, p95 %.2f ms; PostgreSQL CPU %.2f ms per run (all its processes); "
				+ "%d statements per run%n", name, runs, warmUp, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6,
				nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[(int) (runs * 0.95)] / 1e6, serverPerRun, statements.size());
		statements.forEach(sql -> System.out.println("  " + sql.strip().replaceAll("\\s+", " ")));
	}

	/** The CPU time of the embedded server: its postmaster and every process it started (Linux /proc). */
	private record Postgres(long postmaster) {

		Postgres(JdbcClient jdbc) {
			this(parent(jdbc.sql("select pg_backend_pid()").query(Long.class).single()));
		}

		private static long parent(long pid) {
			try {
				return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
					.filter(l -> l.startsWith("PPid:")).map(l -> Long.parseLong(l.substring(5).strip())).findFirst()
					.orElseThrow();
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		long ticks() {
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
					.mapToLong(this::ownTicks).sum();
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		/** utime + stime of the process if it is the postmaster or one of its children, else 0. */
		private long ownTicks(Path process) {
			try {
				String stat = Files.readString(process.resolve("stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long pid = Long.parseLong(process.getFileName().toString());
				return pid == postmaster || Long.parseLong(f[1]) == postmaster ? Long.parseLong(f[11]) + Long.parseLong(f[12])
						: 0;
			}
			catch (IOException | RuntimeException e) {
				return 0; // a process that ended meanwhile
			}
		}
	}
}
