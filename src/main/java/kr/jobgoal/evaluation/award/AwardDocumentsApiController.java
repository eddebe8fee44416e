package kr.jobgoal.evaluation.award;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.document.HwpxDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a confirmed award year as files: each winner's award notice (HWPX) and all results (XLSX).
 * Public reads like the JSON beside them, so the public response cache stores them and answers {@code 304}.
 */
@RestController
@Tag(name = "평가", description = "전국 지방자치단체 일자리대상 평가: 채점, 순위, 포상")
class AwardDocumentsApiController {

	static final MediaType HWPX = MediaType.parseMediaType(HwpxDocument.MEDIA_TYPE);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AwardNotices notices;

	private final AwardResultsWorkbook workbook;

	AwardDocumentsApiController(AwardNotices notices, AwardResultsWorkbook workbook) {
		this.notices = notices;
		this.workbook = workbook;
	}

	// no "produces" on the mappings: a 404 must still be able to answer as application/problem+json
	@Operation(summary = "포상 통지서 (HWPX)", description = "확정된 연도에 포상을 받은 지자체 하나의 포상 통지서: 부문마다 포상 등급, 인센티브(원), "
			+ "총점과 비교 집단 안의 순위. 한글(HWPX, application/hwp+zip) 파일로 내려받습니다. 시연용 연도는 [시연용 데이터]라고 적힙니다. "
			+ "확정 전이거나 포상을 받지 않은 지자체면 404.")
	@ApiResponse(responseCode = "200", description = "HWPX 파일 (Content-Disposition: attachment, UTF-8 파일 이름)",
			content = @Content(mediaType = HwpxDocument.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/awards/{year}/notices/{code}.hwpx")
	ResponseEntity<byte[]> notice(@PathVariable int year,
			@Parameter(description = "지자체 코드", example = "45210") @PathVariable String code) {
		AwardNotices.Notice notice = notices.notice(year, code);
		return file(HWPX, "일자리대상-" + year + "-포상통지서-" + code + "-" + notice.governmentName() + ".hwpx", notice.hwpx());
	}

	@Operation(summary = "확정 결과 전체 (XLSX)", description = "확정된 연도의 모든 결과: 부문과 비교 집단마다 지자체의 순위, 총점, 포상 등급과 인센티브(원). "
			+ "엑셀(XLSX) 파일이며 순위·총점·인센티브는 숫자 칸입니다. 확정 전이면 404.")
	@ApiResponse(responseCode = "200", description = "XLSX 파일 (Content-Disposition: attachment)",
			content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/v1/awards/{year}/results.xlsx")
	ResponseEntity<byte[]> results(@PathVariable int year) {
		return file(XLSX, "일자리대상-" + year + "-결과.xlsx", workbook.write(year));
	}

	private static ResponseEntity<byte[]> file(MediaType type, String filename, byte[] bytes) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}
}
