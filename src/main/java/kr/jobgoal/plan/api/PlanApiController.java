package kr.jobgoal.plan.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.document.HwpxDocument;
import kr.jobgoal.plan.DraftConflictException;
import kr.jobgoal.plan.PlanInput;
import kr.jobgoal.plan.PlanJson;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.service.PlanDocument;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.region.Government;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "계획 (plans)", description = "지자체의 일자리 목표 공시 계획. 연차별 세부계획은 연도(예: 2020), 종합계획은 민선 기수(예: term-7)로 "
		+ "부릅니다. 읽기는 공시된 버전만 보여 주며 초안은 절대 나오지 않습니다. 초안 읽기·쓰기와 공시는 로그인이 필요합니다.")
@RestController
@RequestMapping("/api/v1/governments/{code}/plans/{year}")
public class PlanApiController {

	static final MediaType HWPX = MediaType.parseMediaType(HwpxDocument.MEDIA_TYPE);

	private final PlanService service;

	private final PlanDocument document;

	public PlanApiController(PlanService service, PlanDocument document) {
		this.service = service;
		this.document = document;
	}

	@Schema(name = "DisclosureRequest")
	public record DisclosureRequest(@Schema(description = "변경 사유. 두 번째 공시부터 필수", example = "추경 예산 반영") String reason) {
	}

	@Operation(summary = "최신 공시 계획", description = "가장 최근에 공시된 버전. 금액과 목표는 문자열로 된 정확한 십진수입니다.")
	@ApiResponse(responseCode = "200", description = "최신 공시 버전")
	@ApiResponse(responseCode = "404", description = "지자체가 없거나 공시된 계획이 없음")
	@GetMapping
	public PlanJson.Disclosed latest(@Parameter(description = "지자체 코드 (옛 코드도 가능)", example = "45210") @PathVariable String code,
			@Parameter(description = "연도 (예: 2020) 또는 민선 기수 (예: term-7)", example = "2020") @PathVariable String year) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		StoredVersion version = service.latestDisclosed(new PlanKey(government.id(), period))
			.orElseThrow(() -> noPlan(government, period));
		return disclosed(government, version);
	}

	@Operation(summary = "공시 버전 목록", description = "공시된 모든 버전 (처음 것부터), 공시 일시와 변경 사유.")
	@ApiResponse(responseCode = "200", description = "공시된 버전들")
	@ApiResponse(responseCode = "404", description = "지자체가 없거나 공시된 계획이 없음")
	@GetMapping("/versions")
	public List<PlanJson.VersionJson> versions(@PathVariable String code, @PathVariable String year) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		List<StoredVersion> versions = service.disclosedVersions(new PlanKey(government.id(), period));
		if (versions.isEmpty()) {
			throw noPlan(government, period);
		}
		return versions.stream().map(v -> new PlanJson.VersionJson(v.version(), v.disclosedAt(), v.reason())).toList();
	}

	@Operation(summary = "공시 버전 하나", description = "공시된 버전은 바뀌지 않으며 모두 공개됩니다.")
	@ApiResponse(responseCode = "200", description = "그 버전")
	@ApiResponse(responseCode = "404", description = "지자체, 계획이나 그 버전이 없음")
	@GetMapping("/versions/{version}")
	public PlanJson.Disclosed version(@PathVariable String code, @PathVariable String year,
			@Parameter(description = "버전 번호 (1부터)", example = "1") @PathVariable int version) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		StoredVersion found = service.disclosed(new PlanKey(government.id(), period), version)
			.orElseThrow(() -> new NotFoundException(government.nameKo() + "의 " + describe(period) + " 계획에 버전 "
					+ KoreanParticles.attach(Integer.toString(version), "이") + " 없습니다."));
		return disclosed(government, found);
	}

	// no "produces": a 404 must still be able to answer as application/problem+json
	@Operation(summary = "최신 공시 계획 (HWPX)", description = "가장 최근에 공시된 버전을 한글(HWPX, application/hwp+zip) 문서로: "
			+ "공시 버전과 일시, 일자리 창출 목표, 지표별 목표(기준값·목표값), 전략별 세부사업의 유형·담당 부서·일자리 목표·예산, 재원별 예산 합계. "
			+ "숫자는 누리집처럼 천 단위 쉼표로 씁니다. 시연용 계획은 [시연용 데이터]라고 적힙니다. 초안은 나오지 않습니다.")
	@ApiResponse(responseCode = "200", description = "HWPX 파일 (Content-Disposition: attachment, UTF-8 파일 이름)",
			content = @Content(mediaType = HwpxDocument.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "지자체가 없거나 공시된 계획이 없음")
	@GetMapping("/document.hwpx")
	public ResponseEntity<byte[]> document(
			@Parameter(description = "지자체 코드 (옛 코드도 가능)", example = "45210") @PathVariable String code,
			@Parameter(description = "연도 (예: 2020) 또는 민선 기수 (예: term-7)", example = "2020") @PathVariable String year) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		StoredVersion version = service.latestDisclosed(new PlanKey(government.id(), period))
			.orElseThrow(() -> noPlan(government, period));
		String filename = document.title(government, period).replace(' ', '-') + "-" + government.code() + "-v"
				+ version.version() + ".hwpx";
		return ResponseEntity.ok()
			.contentType(HWPX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(document.hwpx(government, version));
	}

	@Operation(summary = "초안 읽기 (로그인)", description = "작성 중인 초안. 응답의 ETag를 PUT의 If-Match로 돌려보내야 합니다. "
			+ "해당 지자체 담당자, 상위 시·도 검토자, 고용노동부만 볼 수 있습니다.")
	@ApiResponse(responseCode = "200", description = "작성 중인 초안; ETag 헤더")
	@ApiResponse(responseCode = "404", description = "초안이 없음 (If-None-Match: * 로 PUT하면 만들어집니다)")
	@GetMapping("/draft")
	public ResponseEntity<PlanJson.Draft> draft(@PathVariable String code, @PathVariable String year) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		StoredVersion draft = service.draft(new PlanKey(government.id(), period))
			.orElseThrow(() -> new NotFoundException(government.nameKo() + "의 " + describe(period)
					+ " 계획에 작성 중인 초안이 없습니다. If-None-Match: * 헤더로 PUT하면 새 초안이 만들어집니다."));
		return ResponseEntity.ok().eTag(draft.etag()).body(draftJson(government, draft));
	}

	@Operation(summary = "초안 저장 (로그인)", description = "초안 전체를 바꿉니다. 모든 항목을 검사하며 하나라도 틀리면 아무것도 바뀌지 않고 "
			+ "항목별 오류(errors)를 돌려줍니다. If-Match에 최근 ETag가 필요합니다: 그 사이 다른 사람이 저장했으면 412 "
			+ "(바뀐 내용 포함), 헤더가 없으면 428. 초안이 없을 때는 If-None-Match: * 로 새로 만듭니다 (201). "
			+ "사업과 전략의 id는 버전이 바뀌어도 유지되며 새 항목은 id 없이 보냅니다.")
	@ApiResponse(responseCode = "200", description = "저장됨; 새 ETag")
	@ApiResponse(responseCode = "201", description = "새 초안이 만들어짐")
	@ApiResponse(responseCode = "400", description = "항목 오류, 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "403", description = "이 지자체의 담당자가 아님, 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "412", description = "ETag가 최신이 아니거나 (currentETag, changes), If-None-Match: * 인데 초안이 이미 있음; 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "409", description = "이미 공시된 연차 계획을 그해 실적 제출 기한이 지난 뒤 고치려 함; 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "428", description = "If-Match 헤더가 없거나 * 임")
	@PutMapping("/draft")
	public ResponseEntity<PlanJson.Draft> saveDraft(@PathVariable String code, @PathVariable String year,
			@Parameter(description = "GET …/draft 응답의 ETag") @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "* 이면 초안이 없을 때만 새로 만듭니다") @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			@RequestBody PlanInput body) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		PlanKey key = new PlanKey(government.id(), period);
		service.requireEdit(key);
		Optional<StoredVersion> current = service.draft(key);
		// RFC 9110 §13.2.2: If-Match is evaluated first, then If-None-Match
		boolean hasIfMatch = ifMatch != null && !ifMatch.isBlank();
		if (hasIfMatch && current.isEmpty()) {
			throw new DraftConflictException(null, null);
		}
		if (hasIfMatch && isWildcard(ifMatch)) {
			// "any draft" would skip the lost-update check: only the ETag of the state the client edited will do
			throw new PlanApiProblems.PreconditionRequired(true);
		}
		if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
			if (current.isPresent() && (isWildcard(ifNoneMatch) || names(ifNoneMatch, current.get().etag()))) {
				throw new PlanApiProblems.DraftExists(current.get());
			}
			if (current.isEmpty() && isWildcard(ifNoneMatch)) {
				StoredVersion created = service.createDraft(key, body);
				return ResponseEntity.created(URI.create(base(code, year) + "/draft"))
					.eTag(created.etag())
					.body(draftJson(government, created));
			}
		}
		if (!hasIfMatch) {
			throw new PlanApiProblems.PreconditionRequired(false);
		}
		Integer expectedLock = expectedLock(key, ifMatch);
		StoredVersion saved = service.saveDraft(key, body, expectedLock);
		return ResponseEntity.ok().eTag(saved.etag()).body(draftJson(government, saved));
	}

	@Operation(summary = "공시 (로그인)", description = "초안을 다음 버전으로 공시합니다. 공시된 버전은 바뀌지 않고 공개됩니다. "
			+ "두 번째 버전부터는 변경 사유(reason)가 필요하고, 마지막 공시 버전과 같은 초안은 공시하지 않습니다. If-Match를 보내면 그 ETag의 초안일 때만 공시합니다.")
	@ApiResponse(responseCode = "201", description = "공시됨; Location은 새 버전")
	@ApiResponse(responseCode = "400", description = "필수 목표·사업 또는 사유가 없음, 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "403", description = "이 지자체의 담당자가 아님, 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "404", description = "공시할 초안이 없음")
	@ApiResponse(responseCode = "409", description = "초안이 마지막 공시 버전과 같거나, 그해 실적 제출 기한이 지나 고칠 수 없는 계획임; 아무것도 바뀌지 않음")
	@ApiResponse(responseCode = "412", description = "If-Match의 ETag가 지금 초안과 다름, 아무것도 바뀌지 않음")
	@PostMapping("/disclosures")
	public ResponseEntity<PlanJson.Disclosed> disclose(@PathVariable String code, @PathVariable String year,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) DisclosureRequest body) {
		PlanPeriod period = period(year);
		Government government = service.government(code, period);
		PlanKey key = new PlanKey(government.id(), period);
		service.requireEdit(key);
		// for disclosing, "*" asks only that a draft exists, which disclosing needs anyway
		Integer expectedLock = ifMatch == null || ifMatch.isBlank() || isWildcard(ifMatch) ? null
				: expectedLock(key, ifMatch);
		StoredVersion disclosed = service.disclose(key, expectedLock, body == null ? null : body.reason());
		return ResponseEntity.created(URI.create(base(code, year) + "/versions/" + disclosed.version()))
			.body(disclosed(government, disclosed));
	}

	/** The lock version named by an If-Match header, or a conflict when it names another state of the draft. */
	private Integer expectedLock(PlanKey key, String ifMatch) {
		StoredVersion draft = service.draft(key).orElseThrow(() -> new DraftConflictException(null, null));
		if (names(ifMatch, draft.etag())) {
			return draft.lockVersion();
		}
		// an older state of this draft: show what changed since, when that state is known
		Integer lock = lockOf(ifMatch, draft.id());
		throw new DraftConflictException(draft,
				lock == null ? null : service.draftRevision(draft, lock).orElse(null));
	}

	private static boolean isWildcard(String header) {
		return header.trim().equals("*");
	}

	/** Whether a list of entity tags names this one (weak comparison: a W/ prefix does not matter). */
	private static boolean names(String header, String etag) {
		for (String tag : header.split(",")) {
			String t = tag.trim();
			if ((t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
				return true;
			}
		}
		return false;
	}

	private static Integer lockOf(String ifMatch, long draftId) {
		for (String tag : ifMatch.split(",")) {
			String t = tag.trim().replace("W/", "").replace("\"", "");
			String prefix = draftId + "-";
			if (t.startsWith(prefix) && t.substring(prefix.length()).matches("\\d{1,9}")) {
				return Integer.valueOf(t.substring(prefix.length()));
			}
		}
		return null;
	}

	private PlanJson.Disclosed disclosed(Government government, StoredVersion v) {
		return new PlanJson.Disclosed(government.code(), v.key().period().year(), v.key().period().term(), v.version(),
				PlanJson.Disclosed.STATUS, v.disclosedAt(), v.demo(), service.contentJson(v.content()));
	}

	private PlanJson.Draft draftJson(Government government, StoredVersion d) {
		return new PlanJson.Draft(government.code(), d.key().period().year(), d.key().period().term(),
				d.basedOnVersion(), d.updatedAt(), d.updatedBy(), d.demo(), service.contentJson(d.content()));
	}

	public static PlanPeriod period(String text) {
		return PlanPeriod.parse(text).orElseThrow(() -> new InvalidInputException(
				"계획 기간 " + KoreanParticles.attach("'" + text + "'", "을") + " 알 수 없습니다. 연도(예: 2020) 또는 민선 기수(예: term-7)를 쓰세요.",
				List.of(new FieldProblem("year", "연도(예: 2020) 또는 민선 기수(예: term-7)를 쓰세요."))));
	}

	private String describe(PlanPeriod period) {
		return period.annual() ? period.value() + "년" : "민선" + period.value() + "기";
	}

	private NotFoundException noPlan(Government government, PlanPeriod period) {
		return new NotFoundException(government.nameKo() + "의 " + describe(period) + " 계획은 아직 공시되지 않았습니다.");
	}

	private static String base(String code, String year) {
		return "/api/v1/governments/" + code + "/plans/" + year;
	}
}
