package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.service.ReferenceStatisticsLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped figures, as loaded at start-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceStatisticsTests {

	private static final String SURVEY_VALUES = """
			select count(*) from statistics_value v join statistics_release r on r.id = v.release_id
			where r.kind = 'reference' and r.file_name = 'regional-employment.csv'
			""";

	@Autowired
	OfficialStatistics statistics;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	ReferenceStatisticsLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySurveyValueIsStoredExceptThoseOfJejusTwoAdministrativeCities() {
		// 11,288 rows in the file; 112 of them are 제주시 and 서귀포시 (56 each)
		assertThat(jdbc.sql(SURVEY_VALUES).query(Long.class).single()).isEqualTo(11_176L);
		// 154 units per period in 2019H1–2020H2, 228 from 2021H1; minus the two 행정시
		assertThat(unitsIn("2020H2")).isEqualTo(152);
		assertThat(unitsIn("2019H1")).isEqualTo(152);
		assertThat(unitsIn("2021H1")).isEqualTo(226);
		assertThat(unitsIn("2024H2")).isEqualTo(226);
	}

	@Test
	void gimje2020SecondHalfAgreesWithTheCitysPressRelease() {
		long gimje = directory.find("52210", LocalDate.now()).orElseThrow().id();
		Period h2 = Period.parse("2020H2");

		OfficialValue rate = statistics.value(gimje, Indicator.EMPLOYMENT_RATE_15_64, h2).orElseThrow();
		assertThat(rate.value()).isEqualByComparingTo("71.0");
		assertThat(rate.value().toPlainString()).isEqualTo("71.0");
		assertThat(rate.unit()).isEqualTo("%");
		// the official release, not the path of the copy it was read from (that stays in SOURCES.md)
		assertThat(rate.source()).isEqualTo("통계청 지역별고용조사 (KOSIS DT_1ES3A03_A01S 시군구/연령별 취업자 및 고용률)");
		assertThat(jdbc.sql("select count(*) from statistics_value where source like '%.csv'").query(Long.class).single())
			.as("no value shows a file path as its source").isZero();
		assertThat(rate.release().kind()).isEqualTo(StatisticsRelease.Kind.REFERENCE);
		assertThat(rate.release().fileName()).isEqualTo("regional-employment.csv");

		assertThat(statistics.value(gimje, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, h2).orElseThrow().value().toPlainString())
			.isEqualTo("33.8");

		OfficialValue women = statistics.value(gimje, Indicator.WOMEN_EMPLOYMENT_RATE_15_PLUS, h2).orElseThrow();
		assertThat(women.value().toPlainString()).isEqualTo("55.0");
		assertThat(women.source()).isEqualTo("김제시 보도자료 2021-07-06 (전국 지방자치단체 일자리대상 수상)");
		assertThat(women.release().fileName()).isEqualTo("press-release-figures.csv");
		// the survey's women's rate is on the 15–64 basis and is a different figure
		assertThat(statistics.value(gimje, Indicator.WOMEN_EMPLOYMENT_RATE_15_64, h2).orElseThrow().value().toPlainString())
			.isEqualTo("65.6");
	}

	@Test
	void theRseMarksOfKosisArePresentOnThe48MarkedValues() {
		assertThat(jdbc.sql(SURVEY_VALUES + " and v.rse_flag is not null").query(Long.class).single()).isEqualTo(48L);
		assertThat(jdbc.sql(SURVEY_VALUES + " and v.rse_flag = '*'").query(Long.class).single()).isEqualTo(43L);
		assertThat(jdbc.sql(SURVEY_VALUES + " and v.rse_flag = '0'").query(Long.class).single()).isEqualTo(5L);
		assertThat(jdbc.sql(SURVEY_VALUES + " and v.rse_flag is not null and v.indicator <> 'YOUTH_EMPLOYMENT_RATE_15_29'")
			.query(Long.class).single()).isZero();

		long gochang = directory.find("45790", LocalDate.now()).orElseThrow().id();
		assertThat(statistics.value(gochang, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, Period.parse("2020H2")).orElseThrow().rseFlag())
			.isEqualTo("*");
		assertThat(statistics.value(gochang, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, Period.parse("2021H1")).orElseThrow().rseFlag())
			.isNull();
	}

	@Test
	void aGovernmentKeepsItsSeriesAcrossCodeAndProvinceChanges() {
		// 군위군: 경상북도 47720 to 2023-06-30, 대구광역시 27720 since; the survey moved it with the 2023H2 period
		long gunwi = directory.find("27720", LocalDate.now()).orElseThrow().id();
		List<OfficialValue> series = statistics.series(gunwi, Indicator.EMPLOYMENT_RATE_15_PLUS);
		assertThat(series).hasSize(12);
		assertThat(series).extracting(v -> v.period().toString())
			.containsExactly("2019H1", "2019H2", "2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1",
					"2023H2", "2024H1", "2024H2");
		assertThat(series.get(3).value().toPlainString()).isEqualTo("71.4");

		long gimje = directory.find("45210", LocalDate.now()).orElseThrow().id();
		assertThat(statistics.series(gimje, Indicator.UNEMPLOYMENT_RATE)).extracting(v -> v.value().toPlainString())
			.containsExactly("2.1");
		assertThat(statistics.series(gimje, Indicator.JOBS_CREATED)).isEmpty();
		assertThat(statistics.value(gimje, Indicator.EMPLOYMENT_RATE_15_64, Period.parse("2018H2"))).isEmpty();
	}

	@Test
	void loadingAgainChangesNothing() {
		long values = jdbc.sql("select count(*) from statistics_value").query(Long.class).single();
		long releases = jdbc.sql("select count(*) from statistics_release").query(Long.class).single();
		long audits = jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single();

		assertThat(loader.load()).isEqualTo(new ReferenceStatisticsLoader.Loaded(0, 0, 0, 0));

		assertThat(jdbc.sql("select count(*) from statistics_value").query(Long.class).single()).isEqualTo(values);
		assertThat(jdbc.sql("select count(*) from statistics_release").query(Long.class).single()).isEqualTo(releases);
		assertThat(jdbc.sql("select count(*) from identity_audit_log").query(Long.class).single()).isEqualTo(audits);
	}

	private int unitsIn(String period) {
		return jdbc.sql("select count(distinct government_id) from statistics_value v join statistics_release r on r.id = v.release_id"
				+ " where r.file_name = 'regional-employment.csv' and v.period = :p")
			.param("p", period)
			.query(Integer.class)
			.single();
	}
}
