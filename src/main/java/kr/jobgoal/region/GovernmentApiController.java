package kr.jobgoal.region;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "지자체 (governments)", description = "지방자치단체 목록과 코드 이력. 어느 날짜 기준으로든 조회할 수 있습니다.")
@RestController
@RequestMapping("/api/v1")
class GovernmentApiController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final GovernmentDirectory directory;

	private final Clock clock;

	GovernmentApiController(GovernmentDirectory directory, Clock clock) {
		this.clock = clock;
		this.directory = directory;
	}

	@Schema(name = "Government", description = "기준일에 유효한 지자체 하나")
	record GovernmentJson(@Schema(description = "기준일에 유효한 행정표준코드", example = "45210") String code,
			@Schema(example = "김제시") String nameKo, @Schema(example = "Gimje-si", nullable = true) String nameEn,
			@Schema(description = "metro | basic", example = "basic") String level,
			@Schema(example = "시", nullable = true) String type,
			@Schema(description = "상위 광역 지자체 코드 (광역이면 null)", example = "45000", nullable = true) String parentCode,
			@Schema(nullable = true) LocalDate validFrom,
			@Schema(description = "이 코드가 끝난 날 (지금도 유효하면 null)", nullable = true) LocalDate validTo) {

		static GovernmentJson of(Government g) {
			return new GovernmentJson(g.code(), g.nameKo(), g.nameEn(), g.level(), g.type(), g.parentCode(),
					g.validFrom(), g.validTo());
		}
	}

	@Schema(name = "GovernmentCodePeriod", description = "지자체가 한 코드를 가졌던 기간")
	record CodePeriodJson(@Schema(example = "45210") String code, @Schema(example = "김제시") String nameKo,
			@Schema(example = "Gimje-si", nullable = true) String nameEn, @Schema(example = "시", nullable = true) String type,
			@Schema(example = "45000", nullable = true) String parentCode, @Schema(nullable = true) LocalDate validFrom,
			@Schema(nullable = true) LocalDate validTo, List<String> predecessorCodes, List<String> successorCodes) {
	}

	@Schema(name = "GovernmentDetail", description = "지자체 하나와 그 코드 이력")
	record GovernmentDetailJson(@Schema(example = "52210") String code, @Schema(example = "김제시") String nameKo,
			@Schema(example = "Gimje-si", nullable = true) String nameEn, @Schema(example = "basic") String level,
			@Schema(example = "시", nullable = true) String type,
			@Schema(example = "52000", nullable = true) String parentCode,
			@Schema(description = "평가 비교 집단", example = "city", nullable = true) String peerGroup,
			@Schema(nullable = true) LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
			List<CodePeriodJson> codeHistory) {
	}

	@Operation(summary = "지자체 목록", description = "asOf 날짜(기본: 오늘)에 유효한 지자체. level(metro|basic), parent(광역 지자체 코드, 옛 코드도 가능)로 거를 수 있습니다.")
	@GetMapping("/governments")
	List<GovernmentJson> list(
			@Parameter(description = "기준일 (YYYY-MM-DD)", example = "2021-07-06") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "metro | basic") @RequestParam(required = false) String level,
			@Parameter(description = "상위 광역 지자체 코드", example = "45000") @RequestParam(required = false) String parent) {
		return query(asOf, level, parent).stream().map(GovernmentJson::of).toList();
	}

	@Operation(summary = "지자체 목록 (CSV)", description = "UTF-8 (BOM 포함) CSV. 열은 JSON과 같습니다.")
	@GetMapping(value = "/governments.csv", produces = "text/csv")
	ResponseEntity<byte[]> csv(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String level, @RequestParam(required = false) String parent) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
			.setHeader("code", "nameKo", "nameEn", "level", "type", "parentCode", "validFrom", "validTo")
			.get())) {
			for (Government g : query(date, level, parent)) {
				printer.printRecord(g.code(), g.nameKo(), g.nameEn(), g.level(), g.type(), g.parentCode(),
						g.validFrom(), g.validTo());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"governments-" + date + ".csv\"")
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Operation(summary = "지자체 한 곳", description = "지자체가 가졌던 어느 코드로든 찾습니다 (45210과 52210은 같은 김제시). 응답의 code는 asOf 날짜에 유효했던 코드입니다.")
	@GetMapping("/governments/{code}")
	GovernmentDetailJson one(@PathVariable String code,
			@Parameter(description = "기준일 (YYYY-MM-DD)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		// one query for the government and every code period's predecessors and successors
		DirectorySnapshot snapshot = directory.snapshot();
		Government g = snapshot.find(code, date).orElseThrow(() -> notFound(code, date));
		List<CodePeriodJson> history = snapshot.codeHistory(g.id()).stream().map(h -> {
			GovernmentDirectory.Succession s = snapshot.succession(h.code());
			return new CodePeriodJson(h.code(), h.nameKo(), h.nameEn(), h.type(), h.parentCode(), h.validFrom(),
					h.validTo(), s.predecessorCodes(), s.successorCodes());
		}).toList();
		return new GovernmentDetailJson(g.code(), g.nameKo(), g.nameEn(), g.level(), g.type(), g.parentCode(),
				g.peerGroup(), g.validFrom(), g.validTo(), history);
	}

	private List<Government> query(LocalDate asOf, String level, String parent) {
		if (level != null && !Government.METRO.equals(level) && !Government.BASIC.equals(level)) {
			throw new InvalidInputException("'level' 값은 metro 또는 basic 이어야 합니다.",
					List.of(new InvalidInputException.FieldProblem("level", "metro 또는 basic 중 하나를 입력하세요.")));
		}
		return directory.list(asOf == null ? LocalDate.now(clock) : asOf, level, parent);
	}

	static NotFoundException notFound(String code, LocalDate date) {
		return new NotFoundException("코드 '" + code + "'에 해당하는 지자체가 " + date + " 기준으로 없습니다.");
	}
}
