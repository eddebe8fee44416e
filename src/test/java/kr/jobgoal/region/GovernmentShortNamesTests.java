package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernmentShortNamesTests {

	@Autowired
	GovernmentDirectory directory;

	/** Every metro name in the directory, past and present, and the short name KOSIS and the press use. */
	@ParameterizedTest
	@CsvSource({ "서울특별시,서울", "부산광역시,부산", "대구광역시,대구", "인천광역시,인천", "광주광역시,광주", "대전광역시,대전",
			"울산광역시,울산", "세종특별자치시,세종", "경기도,경기", "강원도,강원", "강원특별자치도,강원", "충청북도,충북", "충청남도,충남",
			"전라북도,전북", "전북특별자치도,전북", "전라남도,전남", "경상북도,경북", "경상남도,경남", "제주특별자치도,제주",
			"전남광주통합특별시,전남광주" })
	void shortNames(String full, String shortName) {
		assertThat(Government.shortNameKo(full)).isEqualTo(shortName);
	}

	/** Every metro government's English name, past and present, and the short form a list adds to a basic one's. */
	@ParameterizedTest
	@CsvSource({ "Seoul Special City,Seoul", "Busan Metropolitan City,Busan", "Sejong Special Self-Governing City,Sejong",
			"Gangwon Special Self-Governing Province,Gangwon", "Jeju Special Self-Governing Province,Jeju",
			"Jeonnam-Gwangju Integrated Special City,Jeonnam-Gwangju", "Gyeongsangnam-do,Gyeongsangnam-do",
			"Gangwon-do,Gangwon-do" })
	void shortEnglishNames(String full, String shortName) {
		assertThat(Government.shortNameEn(full)).isEqualTo(shortName);
	}

	/** A list names 남구 with its 시·도, because five governments share the name; 김제시 needs none. */
	@Test
	void listNamesAddTheProvinceOnlyWhereTheNameIsShared() {
		LocalDate day = LocalDate.of(2021, 7, 6);
		DirectorySnapshot snapshot = directory.snapshot();
		assertThat(snapshot.listName(snapshot.find("26290", day).orElseThrow(), day, Locale.KOREAN)).isEqualTo("부산 남구");
		assertThat(snapshot.listName(snapshot.find("27200", day).orElseThrow(), day, Locale.KOREAN)).isEqualTo("대구 남구");
		assertThat(snapshot.listName(snapshot.find("45210", day).orElseThrow(), day, Locale.KOREAN)).isEqualTo("김제시");
		assertThat(snapshot.listName(snapshot.find("45000", day).orElseThrow(), day, Locale.KOREAN)).isEqualTo("전라북도");
		assertThat(snapshot.listName(snapshot.find("26290", day).orElseThrow(), day, Locale.ENGLISH)).isEqualTo("Nam-gu, Busan");
		assertThat(snapshot.listName(snapshot.find("48820", day).orElseThrow(), day, Locale.ENGLISH))
			.isEqualTo("Goseong-gun, Gyeongsangnam-do");
		assertThat(snapshot.listName(snapshot.find("45210", day).orElseThrow(), day, Locale.ENGLISH)).isEqualTo("Gimje-si");
	}
}
