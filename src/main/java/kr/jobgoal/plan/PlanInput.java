package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A plan as a person typed it — in the editor form, the API's JSON or an Excel file — before it is checked.
 * Every value is kept as text so that a wrong one can be answered next to its field instead of failing to bind.
 * Field paths ({@code strategies[0].programs[1].budget.national}) are the same in the form, the API's errors
 * and the Excel error list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "PlanDraftInput", description = "저장할 초안 전체 (계획과 같은 모양; 숫자는 문자열이나 숫자)")
public class PlanInput {

	@Schema(description = "일자리 창출 목표 (개)", example = "3000")
	private String jobTargetTotal;

	private List<TargetInput> targets = new ArrayList<>();

	private List<StrategyInput> strategies = new ArrayList<>();

	public static PlanInput of(PlanContent content) {
		PlanInput input = new PlanInput();
		input.jobTargetTotal = text(content.jobTargetTotal());
		content.targets().forEach(t -> input.targets.add(TargetInput.of(t)));
		content.strategies().forEach(s -> input.strategies.add(StrategyInput.of(s)));
		return input;
	}

	public static String text(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	public static String text(Long value) {
		return value == null ? null : value.toString();
	}

	public String getJobTargetTotal() {
		return jobTargetTotal;
	}

	public void setJobTargetTotal(String jobTargetTotal) {
		this.jobTargetTotal = jobTargetTotal;
	}

	public List<TargetInput> getTargets() {
		return targets;
	}

	public void setTargets(List<TargetInput> targets) {
		this.targets = targets == null ? new ArrayList<>() : targets;
	}

	public List<StrategyInput> getStrategies() {
		return strategies;
	}

	public void setStrategies(List<StrategyInput> strategies) {
		this.strategies = strategies == null ? new ArrayList<>() : strategies;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	@Schema(name = "PlanTargetInput")
	public static class TargetInput {

		@Schema(example = "EMPLOYMENT_RATE_15_64")
		private String indicator;

		@Schema(example = "%")
		private String unit;

		@Schema(example = "70.2")
		private String baselineValue;

		@Schema(example = "71.0")
		private String targetValue;

		static TargetInput of(PlanContent.Target t) {
			TargetInput input = new TargetInput();
			input.indicator = t.indicator().name();
			input.baselineValue = text(t.baselineValue());
			input.targetValue = text(t.targetValue());
			return input;
		}

		public String getIndicator() {
			return indicator;
		}

		public void setIndicator(String indicator) {
			this.indicator = indicator;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getBaselineValue() {
			return baselineValue;
		}

		public void setBaselineValue(String baselineValue) {
			this.baselineValue = baselineValue;
		}

		public String getTargetValue() {
			return targetValue;
		}

		public void setTargetValue(String targetValue) {
			this.targetValue = targetValue;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	@Schema(name = "PlanStrategyInput")
	public static class StrategyInput {

		@Schema(description = "버전이 바뀌어도 유지되는 ID; 새 항목은 보내지 않음", example = "101")
		private String id;

		@Schema(example = "청년 일자리 확충")
		private String title;

		private List<ProgramInput> programs = new ArrayList<>();

		static StrategyInput of(PlanContent.Strategy s) {
			StrategyInput input = new StrategyInput();
			input.id = text(s.id());
			input.title = s.title();
			s.programs().forEach(p -> input.programs.add(ProgramInput.of(p)));
			return input;
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public List<ProgramInput> getPrograms() {
			return programs;
		}

		public void setPrograms(List<ProgramInput> programs) {
			this.programs = programs == null ? new ArrayList<>() : programs;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	@Schema(name = "PlanProgramInput")
	public static class ProgramInput {

		@Schema(description = "버전이 바뀌어도 유지되는 ID; 새 항목은 보내지 않음", example = "101")
		private String id;

		@Schema(example = "고용안정 선제대응 패키지")
		private String name;

		@Schema(example = "DIRECT_JOBS")
		private String type;

		@Schema(example = "청년 일자리")
		private String subCategory;

		@Schema(example = "일자리경제과")
		private String department;

		@Schema(example = "438")
		private String jobTarget;

		private BudgetInput budget = new BudgetInput();

		static ProgramInput of(PlanContent.Program p) {
			ProgramInput input = new ProgramInput();
			input.id = text(p.id());
			input.name = p.name();
			input.type = p.type().name();
			input.subCategory = p.subCategory();
			input.department = p.department();
			input.jobTarget = text(p.jobTarget());
			input.budget = BudgetInput.of(p.budget());
			return input;
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getSubCategory() {
			return subCategory;
		}

		public void setSubCategory(String subCategory) {
			this.subCategory = subCategory;
		}

		public String getDepartment() {
			return department;
		}

		public void setDepartment(String department) {
			this.department = department;
		}

		public String getJobTarget() {
			return jobTarget;
		}

		public void setJobTarget(String jobTarget) {
			this.jobTarget = jobTarget;
		}

		public BudgetInput getBudget() {
			return budget;
		}

		public void setBudget(BudgetInput budget) {
			this.budget = budget == null ? new BudgetInput() : budget;
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	@Schema(name = "PlanBudgetInput", description = "예산 (원)")
	public static class BudgetInput {

		@Schema(example = "120000000")
		private String national;

		private String provincial;

		private String local;

		private String other;

		private String total;

		static BudgetInput of(PlanContent.Budget b) {
			BudgetInput input = new BudgetInput();
			input.national = text(b.national());
			input.provincial = text(b.provincial());
			input.local = text(b.local());
			input.other = text(b.other());
			input.total = text(b.total());
			return input;
		}

		public String getNational() {
			return national;
		}

		public void setNational(String national) {
			this.national = national;
		}

		public String getProvincial() {
			return provincial;
		}

		public void setProvincial(String provincial) {
			this.provincial = provincial;
		}

		public String getLocal() {
			return local;
		}

		public void setLocal(String local) {
			this.local = local;
		}

		public String getOther() {
			return other;
		}

		public void setOther(String other) {
			this.other = other;
		}

		public String getTotal() {
			return total;
		}

		public void setTotal(String total) {
			this.total = total;
		}
	}
}
