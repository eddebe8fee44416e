package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.jobgoal.evaluation.award.AwardYear.Category;
import kr.jobgoal.evaluation.award.AwardYear.CriterionRow;
import kr.jobgoal.evaluation.award.AwardYear.Score;
import kr.jobgoal.evaluation.award.AwardYear.TierRow;
import kr.jobgoal.evaluation.award.AwardYearService.CategorySetup;
import kr.jobgoal.evaluation.award.AwardYearService.PeerGroupRule;
import kr.jobgoal.evaluation.award.AwardYearService.WhatIf;
import kr.jobgoal.evaluation.scoring.Points;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.shared.DemoMode;
import kr.jobgoal.statistics.Indicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, once: the 2021 awards on the 2020 demo plans and results (docs/demo-data.md), marked demo.
 * <ul>
 * <li>two categories: 지역일자리 목표 공시제 부문 with the peer groups 광역 / 시 / 군 / 구 and 9 awards in each
 * (36), and 우수사업 부문 with 광역 / 기초 and 11 in each (22): 58 awards in all;</li>
 * <li>the quantitative criterion reads the frozen snapshot (2020 job targets and jobs created); the
 * qualitative scores of eval1 … eval5 are generated from a fixed seed per government (the same every time);</li>
 * <li>the two awards of the news release are demo choices made true on purpose: 김제시 and 대덕구 get, in the
 * 공시제 부문, the qualitative scores that put their total between the fourth and fifth (김제시: 장관상 우수,
 * 70,000,000원) and the sixth and seventh (대덕구: 특별상, 55,000,000원) of their peer group.</li>
 * <li>2022 on the 2021 demo figures, open for scoring: eval1 is assigned 전북's governments and has scored none,
 * eval2 … eval5 have scored every government.</li>
 * </ul>
 */
@Component
@Order(600)
class AwardsDemoData implements ApplicationRunner {

	static final int YEAR = 2021;

	/** The next year, open for scoring: eval1 has 전북's governments to score, the others have scored everyone. */
	static final int OPEN_YEAR = 2022;

	static final String JEONBUK = "45";

	static final String DISCLOSURE = "disclosure";

	static final String GIMJE = "45210";

	static final String DAEDEOK = "30230";

	static final List<String> EVALUATORS = List.of("eval1", "eval2", "eval3", "eval4", "eval5");

	/** The 2021 demo's 1차: each province nominates five of its basic governments. */
	static final int NOMINATIONS_PER_PROVINCE = 5;

	private static final Logger log = LoggerFactory.getLogger(AwardsDemoData.class);

	private final DemoMode demoMode;

	private final AwardYearService service;

	private final AwardYearRepository repository;

	private final FirstStage firstStage;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	AwardsDemoData(DemoMode demoMode, AwardYearService service, AwardYearRepository repository, FirstStage firstStage,
			AuditLog audit, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.service = service;
		this.firstStage = firstStage;
		this.repository = repository;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!repository.exists(YEAR)) {
				load();
				loadOpen();
			}
		});
	}

	static List<CategorySetup> rubric() {
		return List.of(
				new CategorySetup(DISCLOSURE, "지역일자리 목표 공시제 부문", "Regional job target disclosure", PeerGroupRule.BY_TYPE,
						List.of(quantitative("achv", "일자리 목표 달성도", "Job target achievement", "30", "1.2"),
								qualitative("plan", "목표 공시의 충실성", "Quality of the disclosed plan", "20"),
								qualitative("effort", "일자리 창출 노력", "Job creation effort", "25"),
								qualitative("governance", "일자리 거버넌스·협업", "Job governance and partnership", "25")),
						List.of(tier("grand", "대통령상 종합대상", "Presidential Grand Prize", 1, "200000000"),
								tier("prime-minister", "국무총리상", "Prime Minister's Award", 1, "100000000"),
								tier("minister-top", "장관상 최우수", "Minister's Award, Best", 2, "80000000"),
								tier("minister-excellent", "장관상 우수", "Minister's Award, Excellent", 2, "70000000"),
								tier("special", "특별상", "Special Award", 3, "55000000"))),
				new CategorySetup("program", "우수사업 부문", "Best programs", PeerGroupRule.BY_LEVEL,
						List.of(quantitative("achv", "사업 목표 달성도", "Program target achievement", "20", "1.5"),
								qualitative("quality", "사업의 우수성", "Quality of the programs", "40"),
								qualitative("impact", "지역 일자리 효과", "Effect on local jobs", "40")),
						List.of(tier("program-top", "장관상 최우수", "Minister's Award, Best", 3, "60000000"),
								tier("program-excellent", "장관상 우수", "Minister's Award, Excellent", 4, "50000000"),
								tier("program-special", "특별상", "Special Award", 4, "30000000"))));
	}

	private static CriterionRow quantitative(String code, String ko, String en, String max, String cap) {
		return new CriterionRow(0, code, ko, en, ScoringMethod.ACHIEVEMENT_CAPPED, Indicator.JOBS_CREATED,
				new BigDecimal(max), new BigDecimal(cap));
	}

	private static CriterionRow qualitative(String code, String ko, String en, String max) {
		return new CriterionRow(0, code, ko, en, ScoringMethod.QUALITATIVE_MEAN, null, new BigDecimal(max), null);
	}

	private static TierRow tier(String code, String ko, String en, int count, String incentive) {
		return new TierRow(0, code, ko, en, count, new BigDecimal(incentive));
	}

	private void load() {
		long started = System.nanoTime();
		service.createDemo(YEAR, rubric());
		repository.setNominationsPerProvince(YEAR, NOMINATIONS_PER_PROVINCE);
		service.snapshot(YEAR, "demo");
		AwardYear award = service.require(YEAR);
		firstStage.scoreDemo(YEAR, firstScores(award, firstStage));
		firstStage.close(YEAR, "demo");
		award = service.require(YEAR);
		List<AwardYearRepository.Assignment> assignments = new ArrayList<>();
		AwardYear nominated = award;
		AwardYearService.governmentIds(award).forEach((code, id) -> {
			if (nominated.inSecondStage(id)) {
				EVALUATORS.forEach(e -> assignments.add(new AwardYearRepository.Assignment(id, code, e)));
			}
		});
		service.assignDemo(YEAR, assignments);
		List<Score> scores = new ArrayList<>();
		for (Category category : award.categories()) {
			for (AwardYear.PeerGroup group : category.peerGroups()) {
				group.members().forEach((id, code) -> {
					if (nominated.inSecondStage(id)) {
						scores.addAll(generated(category, id, code, YEAR));
					}
				});
			}
		}
		service.scoreDemo(YEAR, scores);
		Category disclosure = award.categories().stream().filter(c -> c.code().equals(DISCLOSURE)).findFirst().orElseThrow();
		place(award, disclosure, GIMJE, 4);
		place(award, disclosure, DAEDEOK, 6);
		int awards = service.confirm(YEAR, "demo");
		audit.record("evaluation.year", Integer.toString(YEAR), "demo-load", null, Map.of("awards", awards));
		log.info("예시 일자리대상(데모) {}년 포상 {}건 생성 ({} ms)", YEAR, awards, (System.nanoTime() - started) / 1_000_000);
	}

	/** 2022 on the 2021 demo figures: open, eval1's 전북 governments still to be scored by eval1. */
	private void loadOpen() {
		AwardYear award = service.createDemo(OPEN_YEAR, rubric());
		service.snapshot(OPEN_YEAR, "demo");
		List<AwardYearRepository.Assignment> assignments = new ArrayList<>();
		AwardYearService.governmentIds(award).forEach((code, id) -> EVALUATORS.forEach(e -> {
			if (!e.equals("eval1") || code.startsWith(JEONBUK)) {
				assignments.add(new AwardYearRepository.Assignment(id, code, e));
			}
		}));
		service.assignDemo(OPEN_YEAR, assignments);
		List<Score> scores = new ArrayList<>();
		for (Category category : award.categories()) {
			for (AwardYear.PeerGroup group : category.peerGroups()) {
				group.members().forEach((id, code) -> generated(category, id, code, OPEN_YEAR).stream()
					.filter(s -> !s.evaluator().equals("eval1")).forEach(scores::add));
			}
		}
		service.scoreDemo(OPEN_YEAR, scores);
		audit.record("evaluation.year", Integer.toString(OPEN_YEAR), "demo-load", null, Map.of("scores", scores.size()));
	}

	/**
	 * The 1차 scores of every basic government, one reviewer per province (전북's is the demo account
	 * {@code jeonbuk}, the others are named after their province), 50–95 from the code's seed; 김제시 and 대덕구
	 * get 99 so that their provinces nominate them, as the news release's awards need.
	 */
	static List<AwardYearRepository.FirstScore> firstScores(AwardYear award, FirstStage stage) {
		List<AwardYearRepository.FirstScore> scores = new ArrayList<>();
		stage.basicByProvinceForDemo(award).forEach((province, members) -> members.forEach((id, code) -> {
			Random random = new Random(Long.parseLong(code) * 17L + award.year());
			BigDecimal score = code.equals(GIMJE) || code.equals(DAEDEOK) ? new BigDecimal("99.00")
					: BigDecimal.valueOf(5000 + random.nextInt(4501), 2);
			String reviewer = province.equals(JEONBUK + "000") ? "jeonbuk" : "reviewer-" + province;
			scores.add(new AwardYearRepository.FirstScore(id, code, province, reviewer, score, null, true));
		}));
		return scores;
	}

	/** Five evaluators' scores per qualitative criterion, 45–95 % of its maximum, two decimals, from the code's seed. */
	static List<Score> generated(Category category, long governmentId, String code, int year) {
		Random random = new Random(Long.parseLong(code) * 31L + category.code().hashCode() + year);
		List<Score> scores = new ArrayList<>();
		for (CriterionRow c : category.criteria()) {
			if (!c.method().qualitative()) {
				continue;
			}
			for (String evaluator : EVALUATORS) {
				BigDecimal share = BigDecimal.valueOf(4500 + random.nextInt(5001), 4);
				scores.add(new Score(c.id(), governmentId, evaluator, c.maxPoints().multiply(share).setScale(2, RoundingMode.DOWN),
						null, true));
			}
		}
		return scores;
	}

	/**
	 * Gives the government the qualitative scores that put its total halfway between the totals of the
	 * {@code ahead}-th and ({@code ahead}+1)-th of the rest of its peer group, so that exactly {@code ahead}
	 * are ranked above it; every evaluator gives each criterion the same share of its maximum.
	 */
	private void place(AwardYear award, Category category, String code, int ahead) {
		ScoringOutcome outcome = service.compute(award, category, WhatIf.NONE);
		ScoringOutcome.Ranking ranking = outcome.rankings().stream()
			.filter(r -> r.entries().stream().anyMatch(e -> e.code().equals(code))).findFirst().orElseThrow();
		ScoringOutcome.Entry own = ranking.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
		List<BigDecimal> others = ranking.entries().stream().filter(e -> !e.code().equals(code))
			.map(e -> e.total().rounded(Points.STORED_SCALE)).sorted(Comparator.reverseOrder()).toList();
		BigDecimal target = others.get(ahead - 1).add(others.get(ahead)).divide(BigDecimal.valueOf(2));
		BigDecimal quantitative = BigDecimal.ZERO;
		BigDecimal qualitativeMax = BigDecimal.ZERO;
		for (CriterionRow c : category.criteria()) {
			if (c.method().qualitative()) {
				qualitativeMax = qualitativeMax.add(c.maxPoints());
			}
			else {
				quantitative = quantitative.add(own.points().get(c.code()).rounded(Points.STORED_SCALE));
			}
		}
		BigDecimal share = target.subtract(quantitative).divide(qualitativeMax, 6, RoundingMode.HALF_UP);
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalStateException("demo placement of " + code + " needs a qualitative share of " + share);
		}
		long governmentId = AwardYearService.governmentIds(award).get(code);
		List<Score> scores = new ArrayList<>();
		for (CriterionRow c : category.criteria()) {
			if (c.method().qualitative()) {
				BigDecimal score = c.maxPoints().multiply(share).setScale(2, RoundingMode.HALF_UP);
				EVALUATORS.forEach(e -> scores.add(new Score(c.id(), governmentId, e, score, null, true)));
			}
		}
		service.scoreDemo(YEAR, scores);
		ScoringOutcome placed = service.compute(award, category, WhatIf.NONE);
		boolean where = placed.rankings().stream().flatMap(r -> r.entries().stream())
			.anyMatch(e -> e.code().equals(code) && e.rank() == ahead + 1);
		if (!where) {
			throw new IllegalStateException("demo placement of " + code + " missed rank " + (ahead + 1));
		}
	}
}
