package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.csv.CsvFile;
import kr.jobgoal.statistics.csv.JobgoalCsvReader;
import kr.jobgoal.statistics.service.StatisticsImportService.ImportResult.Outcome;
import kr.jobgoal.statistics.service.StatisticsImportService.ImportResult;
import kr.jobgoal.statistics.service.StatisticsImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Imports through the service, as the administrator's page calls it. Each test uses its own years (2031 on,
 * so that it never touches the shipped figures or another test's) and its own file content (a file is
 * imported once by its hash); test values carry the source "시험용 자료".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatisticsImportTests {

	static final CurrentUser ADMIN = new CurrentUser(1, "test-admin", "시험 관리자", Role.MINISTRY_ADMIN, null);

	static final String HEADER = String.join(",", JobgoalCsvReader.HEADER);

	@Autowired
	StatisticsImportService imports;

	@Autowired
	OfficialStatistics statistics;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameFileTwiceChangesNothing() {
		byte[] file = csv(HEADER, "52210,JOBS_CREATED,2031,6396,jobs,시험용 자료",
				"45210,EMPLOYMENT_RATE_15_64,2031H2,71.0,%,시험용 자료",
				"11110,EMPLOYED_PERSONS,2031H2,73.1,thousand_persons,시험용 자료");

		ImportResult first = imports.importFile("jobgoal-2031.csv", file, ADMIN);
		assertThat(first.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(first.kind()).isEqualTo(StatisticsRelease.Kind.JOBGOAL_CSV);
		assertThat(first.added()).isEqualTo(3);
		assertThat(first.release().actor()).isEqualTo("test-admin");
		assertThat(auditEntries("statistics.value", gimje() + "/JOBS_CREATED/2031")).isEqualTo(1);
		OfficialValue jobs = statistics.value(gimje(), Indicator.JOBS_CREATED, Period.parse("2031")).orElseThrow();
		assertThat(jobs.value().toPlainString()).isEqualTo("6396");
		assertThat(jobs.release().fileName()).isEqualTo("jobgoal-2031.csv");
		assertThat(jobs.release().sha256()).isEqualTo(CsvFile.sha256(file));
		Snapshot before = snapshot();

		ImportResult again = imports.importFile("jobgoal-2031-again.csv", file, ADMIN);
		assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
		assertThat(again.release().id()).isEqualTo(first.release().id());
		assertThat(snapshot()).isEqualTo(before);

		// another file with the same figures: recorded as a release, but no value changes
		ImportResult sameValues = imports.importFile("jobgoal-2031-reordered.csv",
				csv(HEADER, "11110,EMPLOYED_PERSONS,2031H2,73.1,thousand_persons,시험용 자료 (다른 파일)",
						"52210,JOBS_CREATED,2031,6396.0,jobs,시험용 자료", "45210,EMPLOYMENT_RATE_15_64,2031H2,71.0,%,시험용 자료"),
				ADMIN);
		assertThat(sameValues.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(sameValues.added() + sameValues.replaced()).isZero();
		assertThat(sameValues.unchanged()).isEqualTo(3);
		assertThat(snapshot().values()).isEqualTo(before.values());
		assertThat(snapshot().valueAudits()).isEqualTo(before.valueAudits());
		OfficialValue kept = statistics.value(gimje(), Indicator.JOBS_CREATED, Period.parse("2031")).orElseThrow();
		assertThat(kept.release().id()).isEqualTo(first.release().id());
		assertThat(kept.value().toPlainString()).isEqualTo("6396");
	}

	@Test
	void oneBadRowRefusesTheWholeFileAndNothingIsApplied() {
		Snapshot before = snapshot();
		ImportResult result = imports.importFile("bad-2032.csv", csv(HEADER, "52210,JOBS_CREATED,2032,5000,jobs,시험용 자료",
				"45210,EMPLOYMENT_RATE_15_64,2032H1,70.0,%,시험용 자료", "45210,EMPLOYMENT_RATE_15_64,2032H3,70.5,%,시험용 자료"),
				ADMIN);

		assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(result.problems()).hasSize(1);
		ImportProblem problem = result.problems().get(0);
		assertThat(problem.row()).isEqualTo(4);
		assertThat(problem.column()).isEqualTo("period");
		assertThat(problem.message()).contains("'2032H3'").contains("올바르지 않습니다");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(statistics.value(gimje(), Indicator.JOBS_CREATED, Period.parse("2032"))).isEmpty();
	}

	@Test
	void everyValueIsCheckedAgainstItsIndicatorsRangeAndScale() {
		ImportResult result = imports.importFile("out-of-bounds.csv", csv(HEADER,
				"52210,EMPLOYMENT_RATE_15_64,2034H1,71.05,%,시험용 자료",
				"52210,JOBS_CREATED,2034,12.5,jobs,시험용 자료",
				"52210,JOBS_CREATED,2035,1000000001,jobs,시험용 자료",
				"52210,EMPLOYED_PERSONS,2034H1,100000.1,thousand_persons,시험용 자료",
				"52210,EMPLOYED_PERSONS,2034H2,44.35,thousand_persons,시험용 자료",
				"52210,UNEMPLOYMENT_RATE,2034H1,3,%,시험용 자료"), ADMIN);

		assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(tuple(2, "value"), tuple(3, "value"), tuple(4, "value"), tuple(5, "value"), tuple(6, "value"));
		assertThat(result.problems()).extracting(ImportProblem::message)
			.satisfiesExactly(m -> assertThat(m).contains("EMPLOYMENT_RATE_15_64 값 71.05").contains("소수 첫째 자리까지"),
					m -> assertThat(m).contains("JOBS_CREATED 값 12.5").contains("정수"),
					m -> assertThat(m).contains("1,000,000,000 이하의 정수"),
					m -> assertThat(m).contains("100,000천 명 이하"),
					m -> assertThat(m).contains("EMPLOYED_PERSONS 값 44.35").contains("소수 첫째 자리까지"));
		assertThat(statistics.series(gimje(), Indicator.UNEMPLOYMENT_RATE)).noneMatch(v -> v.period().year() == 2034);
	}

	@Test
	void everyProblemOfEveryRowIsReportedInKorean() {
		ImportResult result = imports.importFile("many-problems.csv", csv(HEADER,
				"99999,EMPLOYMENT_RATE_15_64,2033H1,70.1,%,시험용 자료",
				"52210,EMPLOYMENT_RATE,2033H1,70.1,%,시험용 자료",
				"52210,EMPLOYED_PERSONS,2033H1,1,234,thousand_persons,시험용 자료",
				"52210,EMPLOYED_PERSONS,2033H1,44.3,명,시험용 자료",
				"52210,EMPLOYMENT_RATE_15_64,2033H1,170.0,%,시험용 자료",
				"12000,EMPLOYMENT_RATE_15_64,2020H2,60.0,%,시험용 자료",
				"52210,EMPLOYMENT_RATE_15_64,2033H1,70.1,%,",
				"5221,EMPLOYMENT_RATE_15_64,2033H1,70.1,%,시험용 자료",
				"52210,YOUTH_EMPLOYMENT_RATE_15_29,2033H1,33.8,%,시험용 자료",
				"45210,YOUTH_EMPLOYMENT_RATE_15_29,2033H1,33.9,%,시험용 자료",
				"52210,UNEMPLOYMENT_RATE,2033H1,-1.0,%,시험용 자료"), ADMIN);

		assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(tuple(2, "governmentCode"), tuple(3, "indicator"), tuple(4, "행 전체"), tuple(5, "unit"),
					tuple(6, "value"), tuple(7, "governmentCode"), tuple(8, "source"), tuple(9, "governmentCode"),
					tuple(11, "행 전체"), tuple(12, "value"));
		assertThat(result.problems()).extracting(ImportProblem::message)
			.satisfiesExactly(m -> assertThat(m).contains("'99999'인 지자체가 없습니다"),
					m -> assertThat(m).contains("'EMPLOYMENT_RATE'는 없는 지표 코드").contains("EMPLOYMENT_RATE_15_64"),
					m -> assertThat(m).contains("칸이 7개").contains("큰따옴표"),
					m -> assertThat(m).contains("단위는 'thousand_persons'"),
					m -> assertThat(m).contains("EMPLOYMENT_RATE_15_64 값 170.0은 0 이상 100% 이하"),
					m -> assertThat(m).contains("전남광주통합특별시").contains("2020H2에 있던 지자체가 아닙니다"),
					m -> assertThat(m).contains("출처가 비어 있습니다"),
					m -> assertThat(m).contains("5자리 숫자가 아닙니다"),
					m -> assertThat(m).contains("10행에 이미 있습니다"),
					m -> assertThat(m).contains("'-1.0'은 숫자가 아니거나 너무 깁니다"));
		assertThat(statistics.series(gimje(), Indicator.YOUTH_EMPLOYMENT_RATE_15_29))
			.noneMatch(v -> v.period().year() == 2033);
	}

	@Test
	void theLayoutIsJudgedByContentNotByFileName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };
		ImportResult picture = imports.importFile("통계.csv", png, ADMIN);
		assertThat(picture.outcome()).isEqualTo(Outcome.REJECTED);
		assertThat(picture.problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("CSV 텍스트로 읽을 수 없습니다"));

		ImportResult namedLikeAPicture = imports.importFile("chart.png",
				csv(HEADER, "52210,JOBS_CREATED,2035,100,jobs,시험용 자료"), ADMIN);
		assertThat(namedLikeAPicture.outcome()).isEqualTo(Outcome.APPLIED);

		ImportResult otherHeader = imports.importFile("other.csv", csv("code,value", "52210,1"), ADMIN);
		assertThat(otherHeader.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.message()).contains("governmentCode,indicator,period,value,unit,source").contains("KOSIS");
		});

		assertThat(imports.importFile("empty.csv", new byte[0], ADMIN).problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("비어 있습니다"));

		byte[] tooLarge = new byte[StatisticsImportService.MAX_BYTES + 1];
		Arrays.fill(tooLarge, (byte) 'a');
		assertThat(imports.importFile("large.csv", tooLarge, ADMIN).problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("5MB를 넘습니다"));

		ImportResult unbalanced = imports.importFile("quote.csv", csv(HEADER, "52210,JOBS_CREATED,2035,100,jobs,\"시험용 자료"), ADMIN);
		assertThat(unbalanced.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("큰따옴표"));
	}

	@Test
	void aCp949FileIsReadAsKoreanText() {
		String text = String.join("\n", HEADER, "52210,JOBS_CREATED,2036,120,jobs,시험용 자료 (CP949로 저장)") + "\n";
		ImportResult result = imports.importFile("cp949.csv", text.getBytes(CsvFile.CP949), ADMIN);
		assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
		assertThat(statistics.value(gimje(), Indicator.JOBS_CREATED, Period.parse("2036")).orElseThrow().source())
			.isEqualTo("시험용 자료 (CP949로 저장)");
	}

	@Test
	void aCorrectionReplacesTheValueAndTheAuditKeepsTheOldOne() {
		imports.importFile("regular-2034.csv", csv(HEADER, "52210,REGULAR_WORKERS,2034H1,12.5,thousand_persons,시험용 자료"), ADMIN);
		ImportResult corrected = imports.importFile("regular-2034-corrected.csv",
				csv(HEADER, "52210,REGULAR_WORKERS,2034H1,12.7,thousand_persons,시험용 자료 (정정)"), ADMIN);

		assertThat(corrected.replaced()).isEqualTo(1);
		OfficialValue value = statistics.value(gimje(), Indicator.REGULAR_WORKERS, Period.parse("2034H1")).orElseThrow();
		assertThat(value.value().toPlainString()).isEqualTo("12.7");
		assertThat(value.source()).isEqualTo("시험용 자료 (정정)");
		assertThat(value.release().fileName()).isEqualTo("regular-2034-corrected.csv");
		List<String> audit = jdbc.sql("""
				select action || ':' || coalesce(before_state ->> 'value', '-') || '->' || (after_state ->> 'value')
				from identity_audit_log where entity_type = 'statistics.value' and entity_id = :id order by id
				""")
			.param("id", gimje() + "/REGULAR_WORKERS/2034H1")
			.query(String.class)
			.list();
		assertThat(audit).containsExactly("create:-->12.5", "update:12.5->12.7");
	}

	@Test
	void onlyTheMinistryImports() {
		CurrentUser officer = new CurrentUser(2, "test-officer", "시험 담당자", Role.LOCAL_OFFICER, gimje());
		Snapshot before = snapshot();
		assertThatThrownBy(() -> imports.importFile("officer.csv", csv(HEADER, "52210,JOBS_CREATED,2037,1,jobs,시험용 자료"), officer))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aKosisExportIsMappedByNameAndImportedOnce() throws Exception {
		byte[] export = new String(getClass().getResourceAsStream("/statistics/kosis-DT_1ES3A03_A01S-sample.csv").readAllBytes(),
				StandardCharsets.UTF_8).getBytes(CsvFile.CP949);

		ImportResult result = imports.importFile("kosis.csv", export, ADMIN);

		assertThat(result.problems()).isEmpty();
		assertThat(result.kind()).isEqualTo(StatisticsRelease.Kind.KOSIS);
		// the same published figures as the shipped reference data, RSE marks included: nothing changes
		assertThat(result.unchanged()).isEqualTo(19);
		assertThat(result.added() + result.replaced()).isZero();
		assertThat(result.excluded()).isEqualTo(4);
		assertThat(result.ignored()).isEqualTo(2);
		assertThat(imports.importFile("kosis-again.csv", export, ADMIN).outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
	}

	private long gimje() {
		return directory.find("52210", LocalDate.now()).orElseThrow().id();
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	static byte[] csv(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	record Snapshot(long values, long releases, long valueAudits, long audits) {
	}

	private Snapshot snapshot() {
		return new Snapshot(count("select count(*) from statistics_value"), count("select count(*) from statistics_release"),
				count("select count(*) from identity_audit_log where entity_type = 'statistics.value'"),
				count("select count(*) from identity_audit_log"));
	}

	private long auditEntries(String type, String id) {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = :t and entity_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
