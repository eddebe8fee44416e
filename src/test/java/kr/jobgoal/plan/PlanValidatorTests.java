package kr.jobgoal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.TargetInput;
import kr.jobgoal.shared.KoreanParticles;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PlanValidatorTests {

	private final PlanMessages messages = new PlanMessages(bundle());

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("i18n/plan");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static PlanInput gimje() {
		return PlanInput.of(PlanTestData.sample());
	}

	private List<Violation> check(PlanInput input) {
		return PlanValidator.validate(input, PlanValidator.Context.fresh()).violations();
	}

	/** As users read it: the site's message source settles the particles (shared.ParticleMessageSource). */
	private String korean(Violation v) {
		return KoreanParticles.resolve(messages.message(v, PlanMessages.KOREAN));
	}

	@Test
	void gimjesPlanIsValidAndNormalised() {
		PlanInput input = gimje();
		input.getTargets().get(0).setTargetValue("71");
		input.setJobTargetTotal("3,000");
		PlanValidator.Result result = PlanValidator.validate(input, PlanValidator.Context.fresh());
		assertThat(result.violations()).isEmpty();
		assertThat(result.content().jobTargetTotal()).isEqualTo(new BigDecimal("3000"));
		assertThat(result.content().targets().get(0).targetValue()).isEqualTo(new BigDecimal("71.0"));
		assertThat(result.content().programs()).extracting(PlanContent.Program::jobTarget)
			.containsExactly(new BigDecimal("438"), new BigDecimal("60"));
	}

	@Test
	void everyFieldIsAnsweredInKoreanByItsPath() {
		PlanInput input = gimje();
		input.setJobTargetTotal("");
		ProgramInput p = input.getStrategies().get(0).getPrograms().get(0);
		p.setName(" ");
		p.setJobTarget("438.5");
		p.getBudget().setNational("-1");
		p.getBudget().setProvincial("일억");
		p.setType("JOBS");
		input.getStrategies().get(1).setTitle(null);
		TargetInput rate = input.getTargets().get(0);
		rate.setTargetValue("71.05");
		rate.setBaselineValue("101");

		List<Violation> problems = check(input);
		assertThat(problems).extracting(Violation::field)
			.containsExactlyInAnyOrder("jobTargetTotal", "targets[0].baselineValue", "targets[0].targetValue",
					"strategies[0].programs[0].name", "strategies[0].programs[0].type",
					"strategies[0].programs[0].jobTarget", "strategies[0].programs[0].budget.national",
					"strategies[0].programs[0].budget.provincial", "strategies[1].title");
		Map<String, String> byField = problems.stream()
			.collect(Collectors.toMap(Violation::field, this::korean));
		assertThat(byField.get("jobTargetTotal")).isEqualTo("값을 입력하세요.");
		assertThat(byField.get("targets[0].baselineValue")).isEqualTo("100 이하여야 합니다.");
		assertThat(byField.get("targets[0].targetValue")).isEqualTo("소수점 아래 1자리까지 입력할 수 있습니다.");
		assertThat(byField.get("strategies[0].programs[0].jobTarget")).isEqualTo("소수점 없이 정수로 입력하세요.");
		assertThat(byField.get("strategies[0].programs[0].budget.national")).isEqualTo("0 이상이어야 합니다.");
		assertThat(byField.get("strategies[0].programs[0].budget.provincial")).startsWith("숫자로 입력하세요.");
		assertThat(byField.get("strategies[0].programs[0].type")).startsWith("사업 유형은 다음 중 하나여야 합니다: DIRECT_JOBS");
	}

	@Test
	void sumsMustBeConsistent() {
		PlanInput input = gimje();
		input.getStrategies().get(0).getPrograms().get(0).getBudget().setTotal("1");
		assertThat(check(input)).extracting(this::korean)
			.containsExactly("예산 합계가 국비·시도비·시군구비·기타의 합(1350000000)과 다릅니다.");

		PlanInput tooMuch = gimje();
		tooMuch.setJobTargetTotal("400");
		assertThat(check(tooMuch)).extracting(this::korean)
			.containsExactly("사업별 일자리 목표의 합(498)이 일자리 창출 목표(400)보다 큽니다.");

		PlanInput equal = gimje();
		equal.setJobTargetTotal("498");
		assertThat(check(equal)).isEmpty();

		PlanInput jobsCreated = gimje();
		TargetInput t = new TargetInput();
		t.setIndicator("JOBS_CREATED");
		t.setBaselineValue("2800");
		t.setTargetValue("2900");
		jobsCreated.getTargets().add(t);
		assertThat(check(jobsCreated)).extracting(this::korean)
			.containsExactly("일자리 창출 수의 목표값은 일자리 창출 목표(3000)와 같아야 합니다.");
	}

	@Test
	void targetsAreCheckedByIndicator() {
		PlanInput input = gimje();
		input.getTargets().get(1).setIndicator("EMPLOYMENT_RATE_15_64");
		input.getTargets().get(0).setUnit("명");
		assertThat(check(input)).extracting(Violation::field, this::korean)
			.containsExactlyInAnyOrder(tuple("targets[1].indicator", "같은 지표의 목표가 이미 있습니다."),
					tuple("targets[0].unit", "이 지표의 단위는 %입니다."));
	}

	@Test
	void idsMustBeThePlansOwnAndUsedOnce() {
		PlanInput input = gimje();
		input.getStrategies().get(0).getPrograms().get(0).setId("7");
		input.getStrategies().get(1).getPrograms().get(0).setId("7");
		input.getStrategies().get(1).setId("99");
		List<Violation> problems = PlanValidator
			.validate(input, new PlanValidator.Context(Set.of(1L), Set.of(7L), Map.of()))
			.violations();
		assertThat(problems).extracting(Violation::field, this::korean)
			.containsExactly(tuple("strategies[1].id", "이 계획에 없는 ID입니다. 새 항목은 ID를 비워 두세요."),
					tuple("strategies[1].programs[0].id", "같은 ID가 두 번 쓰였습니다."));
	}

	@Test
	void aSubCategoryMapsOntoItsType() {
		Map<String, ProgramType> configured = Map.of("청년 일자리", ProgramType.EMPLOYMENT_SUBSIDIES);
		PlanInput input = gimje();
		ProgramInput intern = input.getStrategies().get(1).getPrograms().get(0);
		intern.setSubCategory("청년 일자리");
		intern.setType("");
		ProgramInput pack = input.getStrategies().get(0).getPrograms().get(0);
		pack.setSubCategory("청년 일자리");
		PlanValidator.Result result = PlanValidator.validate(input, new PlanValidator.Context(Set.of(), Set.of(), configured));
		assertThat(result.violations()).extracting(Violation::field, this::korean)
			.containsExactly(tuple("strategies[0].programs[0].type",
					"세부 분류 ‘청년 일자리’는 고용장려금 유형입니다. 사업 유형을 맞추세요."));

		pack.setSubCategory("없는 분류");
		assertThat(check(input)).extracting(Violation::field).contains("strategies[0].programs[0].subCategory");
	}

	@Test
	void disclosingNeedsTheMandatoryTargetsAndPrograms() {
		PlanContent sample = PlanTestData.sample();
		assertThat(PlanValidator.checkDisclosable(sample)).isEmpty();
		PlanContent bare = new PlanContent(List.of(), sample.jobTargetTotal(),
				List.of(new PlanContent.Strategy(null, "빈 전략", List.of())));
		assertThat(PlanValidator.checkDisclosable(bare)).extracting(this::korean)
			.containsExactly("공시하려면 고용률(15~64세) 목표가 있어야 합니다.", "공시하려면 취업자 수 목표가 있어야 합니다.",
					"공시하려면 이 전략에 사업이 하나 이상 있어야 합니다.");
	}
}
