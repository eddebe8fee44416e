package kr.jobgoal.result;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A fact as sent, every field still text (from the JSON body or the officer's form), so that each bad
 * value gets its own Korean message instead of a parse error. Field names are the contract's.
 */
@Schema(name = "ResultFactInput", description = "추가할 실적 기록 하나. 숫자는 JSON 숫자나 문자열로 보냅니다.")
public record FactInput(@Schema(description = "계획의 사업 ID", example = "101") String programId,
		@Schema(description = "기간 (2020, 2020H1, 2020Q1, 2020-03)", example = "2020H1") String period,
		@Schema(description = "창출한 일자리 (개)", example = "320") String jobsCreated,
		@Schema(description = "집행한 예산 (원)", example = "90000000", nullable = true) String budgetExecuted,
		@Schema(description = "비고", example = "상반기 채용 박람회 포함", nullable = true) String note,
		@Schema(description = "정정할 때 대체할 기록의 id", nullable = true) String supersedes,
		@Schema(description = "정정 사유 (supersedes가 있으면 필수)", example = "집계 오류 정정", nullable = true) String reason) {
}
