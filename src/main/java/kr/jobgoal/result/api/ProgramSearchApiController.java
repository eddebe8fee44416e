package kr.jobgoal.result.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.service.ProgramListing;
import kr.jobgoal.plan.ProgramSearch;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's nationwide program search, {@code GET /api/v1/programs}: the page {@code /programs} as JSON. */
@RestController
@Tag(name = "사업 검색", description = "전국 공시된 연차별 세부계획의 사업 검색")
class ProgramSearchApiController {

	static final int DEFAULT_ROWS = 10;

	static final int MAX_ROWS = 100;

	private final ProgramListing listing;

	private final GovernmentDirectory directory;

	private final Achievement.Display display;

	ProgramSearchApiController(ProgramListing listing, GovernmentDirectory directory, Achievement.Display display) {
		this.listing = listing;
		this.directory = directory;
		this.display = display;
	}

	@Schema(name = "ProgramSearchHit", description = "공시된 연차별 세부계획(최신 버전)의 사업 하나와 그 실적")
	record HitJson(@Schema(description = "계획 연도의 지자체 코드", example = "45210") String governmentCode,
			@Schema(example = "김제시") String governmentNameKo, @Schema(example = "2020") int year,
			@Schema(description = "계획의 사업 ID (버전이 바뀌어도 같음)", example = "101") long programId,
			@Schema(example = "고용안정 선제대응 패키지") String name, @Schema(example = "EMPLOYMENT_SERVICES") String type,
			@Schema(example = "취업알선", nullable = true) String subCategory, @Schema(example = "일자리경제과") String department,
			@Schema(description = "일자리 목표 (개)", example = "438") String jobTarget,
			@Schema(description = "창출한 일자리 (개, 정정 반영); 보고 전이면 null", example = "639", nullable = true) String jobsCreated,
			ResultApiController.AchievementJson achievement) {
	}

	@Operation(summary = "사업 검색", description = "전국 지자체가 공시한 연차별 세부계획(계획마다 최신 공시 버전, 초안은 제외)의 사업을 "
			+ "최근 연도부터 찾습니다. q는 사업명이나 담당 부서의 일부(100자 이내), type은 사업 유형 코드, province는 시·도 코드(계획 연도에 그 시·도였거나 "
			+ "그에 속했던 지자체의 계획, 폐지된 지자체와 그 시·도가 이어받은 옛 시·도 포함). pageNo는 1–10000, numOfRows는 1–100(기본 10)이며 범위를 벗어나면 400입니다. 전체 건수는 "
			+ "X-Total-Count 헤더에 있습니다. 달성률은 추진실적 API와 같습니다(rate는 소수 둘째 자리 버림, display는 표시 설정).")
	@ApiResponse(responseCode = "200", description = "찾은 사업들 (한 페이지)",
			headers = @Header(name = "X-Total-Count", description = "조건에 맞는 사업의 전체 건수",
					schema = @Schema(type = "integer")))
	@GetMapping("/api/v1/programs")
	ResponseEntity<List<HitJson>> api(@Parameter(description = "사업명·담당 부서의 일부", example = "청년") @RequestParam(required = false) String q,
			@Parameter(description = "계획 연도", example = "2020") @RequestParam(required = false) String year,
			@Parameter(description = "사업 유형", example = "DIRECT_JOBS") @RequestParam(required = false) String type,
			@Parameter(description = "시·도 코드", example = "45000") @RequestParam(required = false) String province,
			@Parameter(description = "페이지 번호 (1부터)", example = "1") @RequestParam(required = false) String pageNo,
			@Parameter(description = "한 페이지의 건수 (1–100)", example = "10") @RequestParam(required = false) String numOfRows) {
		DirectorySnapshot snapshot = directory.snapshot();
		ProgramListing.Query query = ProgramListing.query(q, year, type, province);
		int page = pageNo == null ? 1 : ProgramListing.bounded("pageNo", pageNo, 1, ProgramListing.MAX_PAGE);
		int size = numOfRows == null ? DEFAULT_ROWS : ProgramListing.bounded("numOfRows", numOfRows, 1, MAX_ROWS);
		ProgramSearch.Found found = listing.find(snapshot, query, (page - 1) * size, size);
		List<HitJson> body = listing.rows(snapshot, found.hits(), Locale.KOREAN).stream()
			.map(r -> new HitJson(r.government().code(), r.government().nameKo(), r.hit().year(), r.hit().programId(),
					r.hit().name(), r.hit().type().name(), r.hit().subCategory(), r.hit().department(),
					ResultApiController.decimal(r.hit().jobTarget()), ResultApiController.decimal(r.jobsCreated()),
					new ResultApiController.AchievementJson(r.achievement().rate(), r.achievement().display(display))))
			.toList();
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total())).body(body);
	}

}
