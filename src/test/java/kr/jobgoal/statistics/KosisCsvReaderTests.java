package kr.jobgoal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.csv.CsvFile;
import kr.jobgoal.statistics.csv.KosisCsvReader;
import kr.jobgoal.statistics.csv.ReadResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** How KOSIS's region names, ages, items and RSE rows map to governments and indicators. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KosisCsvReaderTests {

	@Autowired
	KosisCsvReader reader;

	@Autowired
	GovernmentDirectory directory;

	@Test
	void mapsRegionNamesAsKosisWritesThem() throws Exception {
		ReadResult read = reader.read(CsvFile.read("sample.csv",
				getClass().getResourceAsStream("/statistics/kosis-DT_1ES3A03_A01S-sample.csv").readAllBytes()));

		assertThat(read.problems()).isEmpty();
		Map<ValueKey, IncomingValue> values = read.values().stream()
			.collect(Collectors.toMap(IncomingValue::key, Function.identity()));
		assertThat(values).hasSize(19);

		// "전북 김제시": short 시·도 name and name; "71" is KOSIS's 71.0 without the zero
		IncomingValue gimje = values.get(key("52210", Indicator.EMPLOYMENT_RATE_15_64, "2020H2"));
		assertThat(gimje.value().toPlainString()).isEqualTo("71.0");
		assertThat(gimje.unit()).isEqualTo("%");
		assertThat(gimje.source()).contains("KOSIS DT_1ES3A03_A01S");
		assertThat(values.get(key("52210", Indicator.EMPLOYMENT_RATE_15_PLUS, "2020H2")).value().toPlainString()).isEqualTo("63.0");
		assertThat(values.get(key("52210", Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2021H1")).value().toPlainString()).isEqualTo("34.0");
		IncomingValue employed = values.get(key("52210", Indicator.EMPLOYED_PERSONS, "2020H2"));
		assertThat(employed.value().toPlainString()).isEqualTo("44.3");
		assertThat(employed.unit()).isEqualTo("thousand_persons");

		// a bare 군 name that only one 시·도 has; its second RSE row marks the youth rate, not the employed
		assertThat(values.get(key("52790", Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2020H2")).rseFlag()).isEqualTo("*");
		assertThat(values.get(key("52790", Indicator.YOUTH_EMPLOYMENT_RATE_15_29, "2021H1")).rseFlag()).isNull();

		// 고성군 is in 강원 and 경남: "강원 고성군" says which; the bare one follows 통영시 (경남)
		assertThat(values.get(key("51820", Indicator.EMPLOYMENT_RATE_15_PLUS, "2020H2")).value().toPlainString()).isEqualTo("68.3");
		assertThat(values.get(key("48820", Indicator.EMPLOYMENT_RATE_15_PLUS, "2020H2")).value().toPlainString()).isEqualTo("65.3");

		// KOSIS files 군위군's whole history under 대구; in 2020 it was 경상북도's 47720, the same government
		assertThat(values.get(key("47720", Indicator.EMPLOYMENT_RATE_15_PLUS, "2020H2")).value().toPlainString()).isEqualTo("71.4");

		// no 2020 values for 서울's 구 (empty cells), and 제주시·서귀포시 are not local governments
		assertThat(values).doesNotContainKey(key("11110", Indicator.EMPLOYMENT_RATE_15_PLUS, "2020H2"));
		assertThat(values.get(key("11110", Indicator.EMPLOYMENT_RATE_15_PLUS, "2021H1")).value().toPlainString()).isEqualTo("52.8");
		assertThat(read.excluded()).isEqualTo(4);
		assertThat(read.ignored()).isEqualTo(2);
	}

	@Test
	void reportsWhatItCannotMap() throws Exception {
		ReadResult read = reader.read(CsvFile.read("bad.csv", StatisticsImportTests.csv("행정구역별,연령별,항목,단위,2020.2/2",
				"고성군,계,고용률 (%),,65.3",
				"부산 없는구,계,고용률 (%),,50.0",
				"전북 김제시,계,고용률 (%),,육십삼",
				"전북 김제시,15 - 29세,RSE,,*",
				"전북 김제시,계,취업자,명,44300",
				"서울시 종로구,계,고용률 (%),,52.8")));

		assertThat(read.values()).isEmpty();
		assertThat(read.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.containsExactly(tuple(2, "행정구역별"), tuple(3, "행정구역별"), tuple(4, "2020.2/2"), tuple(5, "항목"),
					tuple(6, "항목"), tuple(7, "행정구역별"));
		assertThat(read.problems()).extracting(ImportProblem::message)
			.satisfiesExactly(m -> assertThat(m).contains("여러 시·도에 있습니다 (강원, 경남)").contains("'강원 고성군'처럼"),
					m -> assertThat(m).contains("'부산 없는구'에 해당하는 지자체가 2020-10-15 기준으로 없습니다"),
					m -> assertThat(m).contains("'육십삼'은 숫자가 아니거나 너무 깁니다"),
					m -> assertThat(m).contains("RSE 행은 같은 지역·연령의 항목 행 바로 아래"),
					m -> assertThat(m).contains("단위 '명'은 받을 수 없습니다"),
					m -> assertThat(m).contains("시·도 '서울시'를 알 수 없습니다"));
	}

	@Test
	void refusesAnUnknownColumnAndAFileWithoutPeriods() throws Exception {
		ReadResult unknown = reader.read(CsvFile.read("bad.csv",
				StatisticsImportTests.csv("행정구역별,연령별,항목,비고,2020.2/2", "전북 김제시,계,고용률 (%),,63.0")));
		assertThat(unknown.problems()).singleElement().satisfies(p -> {
			assertThat(p.row()).isEqualTo(1);
			assertThat(p.column()).isEqualTo("비고");
		});

		ReadResult noPeriods = reader.read(CsvFile.read("bad.csv",
				StatisticsImportTests.csv("행정구역별,연령별,항목,2020년", "전북 김제시,계,고용률 (%),63.0")));
		assertThat(noPeriods.problems()).extracting(ImportProblem::column).containsExactly("2020년", "머리글");
	}

	private ValueKey key(String code, Indicator indicator, String period) {
		return new ValueKey(directory.find(code, LocalDate.now()).orElseThrow().id(), indicator, Period.parse(period));
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}
}
