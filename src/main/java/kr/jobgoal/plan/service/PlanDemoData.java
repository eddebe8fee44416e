package kr.jobgoal.plan.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.store.PlanVersionRepository;
import kr.jobgoal.plan.store.SubCategoryRepository;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.DemoMode;
import kr.jobgoal.statistics.OfficialStatistics;
import kr.jobgoal.statistics.OfficialValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, on an empty plan table: disclosed 2020 and 2021 annual plans for every government valid in
 * those years, marked as demo. Their headline targets start from the official statistics loaded before them
 * (one query per indicator and period); plans are inserted in batches so that ~500 plans take a moment.
 */
@Component
@Order(300)
public class PlanDemoData implements ApplicationRunner {

	public static final List<Integer> YEARS = List.of(2020, 2021);

	public static final String DEMO_USER = "demo";

	private static final Logger log = LoggerFactory.getLogger(PlanDemoData.class);

	private final DemoMode demoMode;

	private final GovernmentDirectory directory;

	private final PlanVersionRepository plans;

	private final SubCategoryRepository subCategories;

	private final OfficialStatistics statistics;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	public PlanDemoData(DemoMode demoMode, GovernmentDirectory directory, PlanVersionRepository plans,
			SubCategoryRepository subCategories, OfficialStatistics statistics, AuditLog audit, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.directory = directory;
		this.plans = plans;
		this.subCategories = subCategories;
		this.statistics = statistics;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!plans.anyPlan()) {
				load();
			}
		});
	}

	private void load() {
		long started = System.nanoTime();
		// every government that had to disclose in one of the years, with its code of the first such year
		Map<Long, Government> governments = new LinkedHashMap<>();
		Map<Long, List<Integer>> yearsOf = new LinkedHashMap<>();
		Map<Integer, List<Government>> governmentsByYear = new LinkedHashMap<>();
		for (int year : YEARS) {
			List<Government> ofYear = directory.list(PlanPeriod.annual(year).referenceDate(), null, null);
			governmentsByYear.put(year, ofYear);
			for (Government g : ofYear) {
				governments.putIfAbsent(g.id(), g);
				yearsOf.computeIfAbsent(g.id(), id -> new ArrayList<>()).add(year);
			}
		}
		DemoBaselines baselines = DemoBaselines.derive(governmentsByYear, (indicator, period) -> statistics
			.values(indicator, period)
			.stream()
			.collect(Collectors.toMap(OfficialValue::governmentId, OfficialValue::value)));
		List<PlanVersionRepository.NewDisclosedPlan> created = new ArrayList<>();
		for (Government g : governments.values()) {
			for (DemoPlans.DemoPlan plan : DemoPlans.generate(g, yearsOf.get(g.id()), baselines)) {
				created.add(new PlanVersionRepository.NewDisclosedPlan(PlanKey.annual(g.id(), plan.year()), true,
						plan.content(), plan.disclosedAt(), DEMO_USER));
			}
			if (DemoPlans.GIMJE.equals(g.code())) {
				DemoPlans.GIMJE_SUB_CATEGORIES.forEach((name, type) -> subCategories.addSubCategory(g.id(), name, type, true));
			}
		}
		plans.insertDisclosedPlans(created);
		int count = created.size();
		audit.record("plan", "demo", "demo-load", null, Map.of("plans", count, "years", YEARS));
		log.info("예시 계획(데모) {}건 공시 상태로 생성 ({} ms)", count, (System.nanoTime() - started) / 1_000_000);
	}
}
