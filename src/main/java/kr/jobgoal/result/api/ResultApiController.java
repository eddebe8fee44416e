package kr.jobgoal.result.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.document.HwpxDocument;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.EvidencePolicy;
import kr.jobgoal.result.FactConflictException;
import kr.jobgoal.result.FactInput;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.Results;
import kr.jobgoal.result.service.FactRecorder;
import kr.jobgoal.result.service.ResultLookup;
import kr.jobgoal.result.service.ResultReport;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.JsonLimits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract's results API: results against the plan, every fact, and appending facts (officers). */
@RestController
@RequestMapping("/api/v1/governments/{code}/results/{year}")
@Tag(name = "추진실적", description = "연차별 세부계획 대비 추진실적과 달성률")
public class ResultApiController {

	/** Reads numbers as exact decimals, never through binary floating point, within the shared limits. */
	private static final JsonMapper EXACT = JsonLimits.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
		.build();

	private static final List<String> FIELDS = List.of("programId", "period", "jobsCreated", "budgetExecuted", "note",
			"supersedes", "reason");

	private final ResultLookup lookup;

	private final Results results;

	private final FactRecorder recorder;

	private final Achievement.Display display;

	private final ResultReport report;

	public ResultApiController(ResultLookup lookup, Results results, FactRecorder recorder, Achievement.Display display,
			ResultReport report) {
		this.lookup = lookup;
		this.results = results;
		this.recorder = recorder;
		this.display = display;
		this.report = report;
	}

	@Schema(name = "Achievement", description = "달성률: rate는 실적÷목표×100을 소수 둘째 자리에서 버린 값, display는 표시용")
	public record AchievementJson(
			@Schema(description = "목표가 없거나 0이면 null", example = "145.89", nullable = true) String rate,
			@Schema(description = "표시 설정에 따른 값; 목표가 없으면 \"–\"", example = "145%") String display) {
	}

	@Schema(name = "ResultProgram", description = "계획의 사업 하나와 그 실적")
	public record ProgramJson(@Schema(description = "계획의 사업 ID", example = "101") long programId,
			@Schema(example = "고용안정 선제대응 패키지") String name, @Schema(example = "DIRECT_JOBS") String type,
			@Schema(description = "일자리 목표 (개)", example = "438", nullable = true) String jobTarget,
			@Schema(description = "창출한 일자리 (개, 정정 반영)", example = "639") String jobsCreated,
			@Schema(description = "집행한 예산 (원)", example = "180000000", nullable = true) String budgetExecuted,
			AchievementJson achievement) {
	}

	@Schema(name = "ResultIndicator", description = "계획의 목표 지표와 공식 통계의 실제 값")
	public record IndicatorJson(@Schema(example = "EMPLOYMENT_RATE_15_64") String indicator,
			@Schema(example = "71.0", nullable = true) String targetValue,
			@Schema(description = "공식 통계 값; 아직 없으면 null", example = "71.3", nullable = true) String actualValue,
			@Schema(example = "2020H2", nullable = true) String period,
			@Schema(example = "통계청 지역별고용조사", nullable = true) String source) {
	}

	@Schema(name = "Results", description = "최신 공시 계획 대비 추진실적")
	public record ResultsJson(@Schema(example = "45210") String governmentCode, @Schema(example = "2020") int year,
			@Schema(description = "비교한 공시 계획 버전", example = "1") int planVersion,
			@Schema(example = "3000", nullable = true) String jobTargetTotal, @Schema(example = "6396") String jobsCreatedTotal,
			AchievementJson achievement, List<ProgramJson> programs, List<IndicatorJson> indicators, boolean demo) {
	}

	@Schema(name = "ResultFact", description = "실적 기록 하나 (바뀌지 않음; 정정은 새 기록)")
	public record FactJson(long id, @Schema(example = "101") long programId, @Schema(example = "2020H1") String period,
			@Schema(example = "320") String jobsCreated, @Schema(example = "90000000", nullable = true) String budgetExecuted,
			@Schema(example = "상반기 채용 박람회 포함", nullable = true) String note, OffsetDateTime recordedAt,
			@Schema(description = "이 기록이 정정한 기록의 id", nullable = true) Long supersedes,
			@Schema(description = "정정 사유", example = "집계 오류 정정", nullable = true) String reason, boolean demo) {

		static FactJson of(ResultFact f) {
			return new FactJson(f.id(), f.programId(), f.period(), decimal(f.jobsCreated()), decimal(f.budgetExecuted()),
					f.note(), f.recordedAt(), f.supersedes(), f.reason(), f.demo());
		}
	}

	@Schema(name = "ResultEvidence", description = "실적 기록에 붙은 증빙 파일")
	public record EvidenceJson(long id, long factId, @Schema(example = "채용확인서.pdf") String fileName,
			@Schema(example = "application/pdf") String mediaType, int sizeBytes, String sha256, OffsetDateTime recordedAt) {

		static EvidenceJson of(FactRepository.EvidenceInfo e) {
			return new EvidenceJson(e.id(), e.factId(), e.fileName(), e.mediaType(), e.sizeBytes(), e.sha256(),
					e.recordedAt());
		}
	}

	@ApiResponse(responseCode = "200", description = "계획 대비 실적")
	@Operation(summary = "추진실적", description = "최신 공시 계획 대비 실적. 달성률 rate는 실적÷목표×100을 소수 둘째 자리에서 버린 값(639/438 → \"145.89\"), "
			+ "display는 표시 설정(기본: 정수 %, 버림 → \"145%\"). 목표가 없거나 0이면 rate는 null, display는 \"–\".")
	@GetMapping
	public ResultsJson results(@PathVariable String code, @Parameter(example = "2020") @PathVariable int year) {
		AnnualResults r = lookup.require(code, year);
		List<ProgramJson> programs = r.programs().stream()
			.map(p -> new ProgramJson(p.programId(), p.name(), p.type(), decimal(p.jobTarget()), decimal(p.jobsCreated()),
					decimal(p.budgetExecuted()), achievement(p.achievement())))
			.toList();
		List<IndicatorJson> indicators = results.indicators(r).stream()
			.map(i -> new IndicatorJson(i.indicator(), decimal(i.targetValue()), decimal(i.actualValue()), i.period(),
					i.source()))
			.toList();
		return new ResultsJson(r.government().code(), r.year(), r.planVersion(), decimal(r.jobTargetTotal()),
				decimal(r.jobsCreatedTotal()), achievement(r.achievement()), programs, indicators, r.demo());
	}

	// no "produces": a 404 must still be able to answer as application/problem+json
	@Operation(summary = "추진실적 보고서 (HWPX)", description = "최신 공시 계획 대비 추진실적을 한글(HWPX, application/hwp+zip) 문서로: "
			+ "일자리 창출 목표·실적·달성률·예산 집행액, 전략별 세부사업의 목표·실적·달성률·예산 집행액(원), 지표별 목표와 공표 통계. "
			+ "달성률은 JSON과 같이 버림한 값(639/438 → 145%)이고 숫자는 천 단위 쉼표로 씁니다. 시연용 자료는 [시연용 데이터]라고 적힙니다.")
	@ApiResponse(responseCode = "200", description = "HWPX 파일 (Content-Disposition: attachment, UTF-8 파일 이름)",
			content = @Content(mediaType = HwpxDocument.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "지자체가 없거나 그해 공시된 연차별 세부계획이 없음")
	@GetMapping("/document.hwpx")
	public ResponseEntity<byte[]> document(
			@Parameter(description = "지자체 코드 (옛 코드도 가능)", example = "45210") @PathVariable String code,
			@Parameter(example = "2020") @PathVariable int year) {
		AnnualResults r = lookup.require(code, year);
		String filename = report.title(r).replace(' ', '-') + "-" + r.government().code() + ".hwpx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(HwpxDocument.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(report.hwpx(r));
	}

	@Operation(summary = "실적 기록 전체", description = "정정으로 대체된 기록을 포함한 모든 실적 기록(기록 순). supersedes는 이 기록이 정정한 기록의 id입니다.")
	@GetMapping("/facts")
	public List<FactJson> facts(@PathVariable String code, @PathVariable int year) {
		Government government = lookup.government(code, year);
		return results.facts(government.id(), year).stream().map(FactJson::of).toList();
	}

	@Operation(summary = "실적 추가 (담당자)", description = "[{programId, period, jobsCreated, budgetExecuted, note, supersedes, reason}] 배열을 추가합니다. "
			+ "정정은 supersedes에 대체할 기록 id를, reason에 사유를 적습니다. 다른 지자체는 403, 입력 오류는 400, 이미 정정된 기록이나 같은 사업·기간의 중복은 409이며 아무것도 저장되지 않습니다.")
	@ApiResponse(responseCode = "201", description = "추가된 기록들")
	@ApiResponse(responseCode = "409", description = "이미 정정된 기록을 정정하거나 같은 사업·기간의 기록이 있음; 아무것도 저장되지 않음")
	@PostMapping(path = "/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<List<FactJson>> append(@PathVariable String code, @PathVariable int year,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "추가할 실적 기록 배열. 숫자는 JSON 숫자나 문자열(\"639\")로 보냅니다.",
					content = @Content(array = @ArraySchema(schema = @Schema(implementation = FactInput.class)))) @RequestBody byte[] body) {
		Government government = lookup.government(code, year);
		List<ResultFact> created = recorder.record(government, year, inputs(body), List.of());
		return ResponseEntity.created(URI.create("/api/v1/governments/" + government.code() + "/results/" + year + "/facts"))
			.body(created.stream().map(FactJson::of).toList());
	}

	@Operation(summary = "증빙 파일 추가 (담당자)", description = "multipart 'file' (여러 개 가능): PDF, PNG, JPEG, XLSX. 형식은 파일 내용으로 확인합니다.")
	@ApiResponse(responseCode = "201", description = "저장된 증빙 파일들")
	@PostMapping(path = "/facts/{factId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ResponseEntity<List<EvidenceJson>> attach(@PathVariable String code, @PathVariable int year,
			@PathVariable long factId, @RequestParam("file") List<MultipartFile> files) {
		Government government = lookup.government(code, year);
		List<FactRepository.EvidenceInfo> saved = recorder.attach(government, year, factId, uploads(files));
		return ResponseEntity.status(HttpStatus.CREATED).body(saved.stream().map(EvidenceJson::of).toList());
	}

	@ExceptionHandler(FactConflictException.class)
	public ProblemDetail conflict(FactConflictException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
		problem.setTitle("충돌");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("errors", e.errors());
		return problem;
	}

	/** The uploaded files as sent; a file input left empty is no file. */
	public static List<EvidencePolicy.Upload> uploads(List<MultipartFile> files) {
		List<EvidencePolicy.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new EvidencePolicy.Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return uploads;
	}

	/**
	 * The JSON array as text fields, so every bad value gets its own message. Read from the bytes, so that a body
	 * that is not UTF-8 is refused rather than read with replacement characters.
	 */
	public static List<FactInput> inputs(byte[] body) {
		JsonNode array;
		try {
			array = body == null || body.length == 0 ? null : EXACT.readTree(body);
		}
		catch (JacksonException | NumberFormatException e) {
			InvalidInputException limit = JsonLimits.refusal(e);
			if (limit != null) {
				throw limit;
			}
			throw new InvalidInputException("요청 본문이 올바른 JSON이 아닙니다.",
					List.of(new FieldProblem("facts", "JSON 배열 [{programId, period, jobsCreated, …}]을 보내세요.")));
		}
		if (array == null || !array.isArray()) {
			throw new InvalidInputException("요청 본문은 실적의 배열이어야 합니다.",
					List.of(new FieldProblem("facts", "JSON 배열 [{programId, period, jobsCreated, …}]을 보내세요.")));
		}
		List<FactInput> inputs = new ArrayList<>();
		List<FieldProblem> errors = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode item = array.get(i);
			if (!item.isObject()) {
				errors.add(new FieldProblem("[" + i + "]", "실적은 객체 {programId, period, jobsCreated, …}여야 합니다."));
				continue;
			}
			List<String> values = new ArrayList<>();
			for (String field : FIELDS) {
				JsonNode value = item.get(field);
				if (value != null && value.isContainer()) {
					errors.add(new FieldProblem("[" + i + "]." + field, "'" + field + "'" + KoreanParticles.after(field, "은") + " 문자열이나 숫자여야 합니다."));
				}
				// a number's own notation (1E+999999999), never its expansion: FactValidator bounds it before use
				values.add(value == null || value.isNull() || value.isContainer() ? null
						: value.isNumber() ? value.decimalValue().toString() : value.asString());
			}
			inputs.add(new FactInput(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
					values.get(5), values.get(6)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("실적 입력값에 문제가 있습니다. 아무것도 저장하지 않았습니다.", errors);
		}
		return inputs;
	}

	private AchievementJson achievement(Achievement a) {
		return new AchievementJson(a.rate(), a.display(display));
	}

	public static String decimal(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
