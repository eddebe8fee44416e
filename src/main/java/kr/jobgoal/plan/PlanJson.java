package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import kr.jobgoal.statistics.Indicator;

/** The annual plan of the public contract (decimals as strings), and the draft in the same shape. */
public final class PlanJson {

	private PlanJson() {
	}

	@Schema(name = "Plan", description = "공시된 계획 한 버전")
	@JsonPropertyOrder({ "governmentCode", "year", "term", "version", "status", "disclosedAt", "demo" })
	public record Disclosed(@Schema(description = "계획 연도 기준일에 유효했던 지자체 코드", example = "45210") String governmentCode,
			@Schema(description = "연차별 세부계획의 연도 (종합계획이면 null)", example = "2020", nullable = true) Integer year,
			@Schema(description = "종합계획의 민선 기수 (연차별 계획이면 없음)") @JsonInclude(JsonInclude.Include.NON_NULL) Integer term,
			@Schema(description = "공시 버전 (1부터)", example = "1") int version,
			@Schema(description = "항상 disclosed", example = "disclosed") String status,
			@Schema(description = "공시 일시 (ISO-8601)") Instant disclosedAt,
			@Schema(description = "생성된 예시 자료(데모)이면 true") boolean demo,
			@JsonUnwrapped Content content) {

		public static final String STATUS = "disclosed";
	}

	@Schema(name = "PlanDraft", description = "작성 중인 초안 (공시 전, 담당자와 검토자만 볼 수 있음)")
	@JsonPropertyOrder({ "governmentCode", "year", "term", "basedOnVersion", "updatedAt", "updatedBy", "demo" })
	public record Draft(@Schema(example = "45210") String governmentCode,
			@Schema(description = "연차별 세부계획의 연도 (종합계획이면 null)", example = "2020", nullable = true) Integer year, @JsonInclude(JsonInclude.Include.NON_NULL) Integer term,
			@Schema(description = "이 초안이 출발한 공시 버전 (첫 계획이면 null)", nullable = true) Integer basedOnVersion,
			Instant updatedAt, @Schema(description = "마지막으로 저장한 사용자", example = "gimje") String updatedBy, boolean demo, @JsonUnwrapped Content content) {
	}

	/** What a plan says; also what a draft revision stores. */
	@JsonPropertyOrder({ "targets", "jobTargetTotal", "strategies" })
	public record Content(List<TargetJson> targets,
			@Schema(description = "일자리 창출 목표 (개, 정수 문자열)", example = "3000", nullable = true) String jobTargetTotal,
			List<StrategyJson> strategies) {

		public static Content of(PlanContent c, Function<Indicator, String> label) {
			return new Content(c.targets().stream().map(t -> TargetJson.of(t, label)).toList(), text(c.jobTargetTotal()),
					c.strategies().stream().map(StrategyJson::of).toList());
		}

		public PlanContent toContent() {
			return new PlanContent(targets.stream().map(TargetJson::toTarget).toList(), decimal(jobTargetTotal),
					strategies.stream().map(StrategyJson::toStrategy).toList());
		}
	}

	@Schema(name = "PlanTarget", description = "목표 지표 하나")
	public record TargetJson(@Schema(example = "EMPLOYMENT_RATE_15_64") String indicator,
			@Schema(example = "고용률(15~64세)") String label, @Schema(example = "%") String unit,
			@Schema(description = "기준값 (십진수 문자열)", example = "70.2", nullable = true) String baselineValue,
			@Schema(description = "목표값 (십진수 문자열)", example = "71.0", nullable = true) String targetValue) {

		public static TargetJson of(PlanContent.Target t, Function<Indicator, String> label) {
			return new TargetJson(t.indicator().name(), label.apply(t.indicator()), t.indicator().unit(),
					text(t.baselineValue()), text(t.targetValue()));
		}

		PlanContent.Target toTarget() {
			return new PlanContent.Target(Indicator.valueOf(indicator), decimal(baselineValue), decimal(targetValue));
		}
	}

	@Schema(name = "PlanStrategy", description = "추진 전략과 그 사업들")
	public record StrategyJson(@Schema(description = "버전이 바뀌어도 유지되는 전략 ID; 새 전략은 null", nullable = true) Long id,
			@Schema(example = "청년 일자리 확충") String title,
			List<ProgramJson> programs) {

		static StrategyJson of(PlanContent.Strategy s) {
			return new StrategyJson(s.id(), s.title(), s.programs().stream().map(ProgramJson::of).toList());
		}

		PlanContent.Strategy toStrategy() {
			return new PlanContent.Strategy(id, title, programs.stream().map(ProgramJson::toProgram).toList());
		}
	}

	@Schema(name = "PlanProgram", description = "계획의 일자리 사업 하나")
	public record ProgramJson(@Schema(description = "버전이 바뀌어도 유지되는 사업 ID; 새 사업은 null", nullable = true) Long id,
			@Schema(example = "고용안정 선제대응 패키지") String name,
			@Schema(description = "DIRECT_JOBS, VOCATIONAL_TRAINING, EMPLOYMENT_SERVICES, EMPLOYMENT_SUBSIDIES, STARTUP_SUPPORT, UNEMPLOYMENT_INCOME_SUPPORT") String type,
			@Schema(description = "지자체가 정한 세부 분류", example = "청년 일자리", nullable = true) String subCategory,
			@Schema(description = "담당 부서", example = "일자리경제과", nullable = true) String department,
			@Schema(description = "일자리 목표 (개)", example = "438", nullable = true) String jobTarget, BudgetJson budget) {

		static ProgramJson of(PlanContent.Program p) {
			return new ProgramJson(p.id(), p.name(), p.type().name(), p.subCategory(), p.department(),
					text(p.jobTarget()), BudgetJson.of(p.budget()));
		}

		PlanContent.Program toProgram() {
			return new PlanContent.Program(id, name, ProgramType.valueOf(type), subCategory, department,
					decimal(jobTarget), budget.toBudget());
		}
	}

	@Schema(name = "PlanBudget", description = "예산 (원, 정수 문자열): 국비, 시도비, 시군구비, 기타와 합계")
	public record BudgetJson(@Schema(example = "120000000", nullable = true) String national,
			@Schema(example = "30000000", nullable = true) String provincial,
			@Schema(example = "50000000", nullable = true) String local, @Schema(example = "0", nullable = true) String other,
			@Schema(example = "200000000", nullable = true) String total) {

		static BudgetJson of(PlanContent.Budget b) {
			return new BudgetJson(text(b.national()), text(b.provincial()), text(b.local()), text(b.other()),
					text(b.total()));
		}

		PlanContent.Budget toBudget() {
			return new PlanContent.Budget(decimal(national), decimal(provincial), decimal(local), decimal(other));
		}
	}

	@Schema(name = "PlanVersionSummary")
	public record VersionJson(int version, Instant disclosedAt, @Schema(description = "변경 사유 (첫 버전은 null)", example = "추경 예산 반영", nullable = true) String reason) {
	}

	public static String text(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}
}
