package kr.jobgoal.statistics.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.GovernmentNames;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.OfficialValue;
import kr.jobgoal.statistics.StatisticsRelease;
import kr.jobgoal.statistics.service.StatisticsQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "통계 (statistics)", description = "지자체별 공식 고용 통계(지역별고용조사 등). 값마다 출처와 가져온 릴리스가 붙습니다.")
@RestController
@RequestMapping("/api/v1")
class StatisticsApiController {

	private final StatisticsQueries statistics;

	private final GovernmentDirectory directory;

	private final Clock clock;

	StatisticsApiController(StatisticsQueries statistics, GovernmentDirectory directory, Clock clock) {
		this.clock = clock;
		this.statistics = statistics;
		this.directory = directory;
	}

	@Schema(name = "Statistic", description = "공식 통계 값 하나")
	record StatisticJson(
			@Schema(description = "asOf 날짜에 유효한 지자체 코드", example = "52210") String governmentCode,
			@Schema(example = "EMPLOYMENT_RATE_15_64") String indicator,
			@Schema(description = "기간 (2020, 2020H1, 2020Q1, 2020-03)", example = "2020H2") String period,
			@Schema(description = "공표된 값 그대로의 십진수 문자열", example = "71.0") String value,
			@Schema(description = "%, thousand_persons, jobs", example = "%", nullable = true) String unit,
			@Schema(description = "값을 공표한 출처", example = "통계청 지역별고용조사", nullable = true) String source,
			@Schema(description = "KOSIS 상대표준오차(RSE) 주의 표시 (* 등). 없으면 null", nullable = true) String rseFlag,
			@Schema(description = "이 값을 가져온 릴리스") ReleaseJson release) {
	}

	@Schema(name = "StatisticsRelease", description = "통계를 가져온 한 번의 가져오기 (기준 자료 파일, KOSIS 내려받기 또는 Jobgoal CSV)")
	record ReleaseJson(long id, @Schema(description = "reference | kosis | jobgoal-csv") String kind,
			@Schema(example = "지역별고용조사_2020하반기.csv", nullable = true) String fileName,
			@Schema(nullable = true) String sha256, Instant importedAt) {

		static ReleaseJson of(StatisticsRelease r) {
			return new ReleaseJson(r.id(), r.kind().code(), r.fileName(), r.sha256(), r.importedAt());
		}
	}

	@Operation(summary = "공식 통계", description = "지표·기간·지자체로 거른 공식 통계 값. governmentCode는 지자체가 가졌던 어느 코드든 되며, "
			+ "응답의 governmentCode는 asOf 날짜(기본: 오늘)에 유효한 코드입니다 (김제시 2020H2: 오늘은 52210, asOf=2021-07-06이면 45210). "
			+ "값(value)은 공표된 자릿수 그대로의 문자열입니다.")
	@GetMapping("/statistics")
	List<StatisticJson> list(
			@Parameter(description = "지표 코드", example = "EMPLOYMENT_RATE_15_64") @RequestParam(required = false) String indicator,
			@Parameter(description = "기간 (2020, 2020H1, 2020Q1, 2020-03)", example = "2020H2") @RequestParam(required = false) String period,
			@Parameter(description = "기준일 (YYYY-MM-DD): 응답의 지자체 코드를 정하는 날짜", example = "2021-07-06") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@Parameter(description = "지자체 코드 (옛 코드도 가능)", example = "52210") @RequestParam(required = false) String governmentCode) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		List<FieldProblem> problems = new ArrayList<>();
		Indicator wantedIndicator = null;
		if (indicator != null) {
			try {
				wantedIndicator = Indicator.parse(indicator);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("indicator", e.getMessage()));
			}
		}
		Period wantedPeriod = null;
		if (period != null) {
			try {
				wantedPeriod = Period.parse(period);
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem("period", e.getMessage()));
			}
		}
		Long governmentId = null;
		if (governmentCode != null) {
			Optional<Government> government = GovernmentNames.byAnyCode(directory, governmentCode);
			if (government.isEmpty()) {
				problems.add(new FieldProblem("governmentCode", "코드 '" + governmentCode + "'인 지자체가 없습니다."));
			}
			else {
				governmentId = government.get().id();
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream().map(FieldProblem::message).reduce((a, b) -> a + " " + b).orElseThrow(),
					problems);
		}
		Map<Long, String> codes = codesOn(date);
		Comparator<OfficialValue> order = Comparator.comparing((OfficialValue v) -> codes.get(v.governmentId()))
			.thenComparing(OfficialValue::indicator)
			.thenComparing(OfficialValue::period);
		List<OfficialValue> values = statistics.find(wantedIndicator, wantedPeriod, governmentId);
		values.forEach(v -> codes.computeIfAbsent(v.governmentId(), id -> codeOf(id, date)));
		return values.stream()
			.sorted(order)
			.map(v -> new StatisticJson(codes.get(v.governmentId()), v.indicator().name(), v.period().toString(),
					v.value().toPlainString(), v.unit(), v.source(), v.rseFlag(), ReleaseJson.of(v.release())))
			.toList();
	}

	private Map<Long, String> codesOn(LocalDate date) {
		Map<Long, String> codes = new HashMap<>();
		directory.list(date, null, null).forEach(g -> codes.put(g.id(), g.code()));
		return codes;
	}

	/** A government not valid on the date: its last code before it, else (not yet created) its first code. */
	private String codeOf(long governmentId, LocalDate date) {
		return directory.findById(governmentId, date)
			.or(() -> directory.codeHistory(governmentId).stream().findFirst())
			.map(Government::code)
			.orElseThrow();
	}
}
