package kr.jobgoal.plan.excel;

import static kr.jobgoal.plan.excel.PlanWorkbookLayout.TEMPLATE;

import java.util.ArrayList;
import java.util.List;

import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.statistics.Indicator;
import org.springframework.stereotype.Component;

/** The text of the workbook's guide sheet (작성 안내): how to fill each sheet, the program types and indicator codes. */
@Component
public class PlanWorkbookGuide {

	private final PlanMessages messages;

	public PlanWorkbookGuide(PlanMessages messages) {
		this.messages = messages;
	}

	/** The guide's lines, one a row. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(List.of(
				"이 파일은 Jobgoal 계획 양식(" + TEMPLATE + ")입니다. 자세한 설명: docs/plan-excel-template.md",
				"‘계획’ 시트의 지자체 코드와 계획(연도 또는 term-N)은 올리는 계획과 같아야 합니다.",
				"‘목표’ 시트: 지표 코드마다 한 줄. 지표명과 단위는 참고용이며, 단위를 적으면 지표의 단위와 같아야 합니다.",
				"‘전략’ 시트: 전략 번호(1부터)와 전략명. 전략 ID는 기존 전략이면 그대로 두고, 새 전략은 비워 둡니다.",
				"‘사업’ 시트: 한 줄에 사업 하나. 전략 번호로 전략을 고릅니다. 사업 ID는 기존 사업이면 그대로, 새 사업은 비워 둡니다.",
				"금액은 원 단위 정수, 일자리 목표는 정수입니다. 합계는 비워 두어도 되며, 적으면 국비+시도비+시군구비+기타와 같아야 합니다.",
				"사업 유형은 다음 중 하나입니다:"));
		for (ProgramType type : ProgramType.values()) {
			lines.add("  " + messages.label(type, PlanMessages.KOREAN) + " (" + type.name() + ")");
		}
		lines.add("지표 코드:");
		for (Indicator indicator : Indicator.values()) {
			lines.add("  " + indicator.name() + " — " + messages.label(indicator, PlanMessages.KOREAN) + ", 단위 "
					+ messages.unit(indicator, PlanMessages.KOREAN));
		}
		lines.add("올린 파일에 오류가 하나라도 있으면 아무것도 반영되지 않고, 시트·행·열별 오류 목록이 표시됩니다.");
		return lines;
	}
}
