package kr.jobgoal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

	@Test
	void readsTheFourFormsOfTheContract() {
		assertThat(Period.parse("2020")).isEqualTo(new Period(2020, Period.Granularity.YEAR, 0));
		assertThat(Period.parse("2020H2")).isEqualTo(Period.half(2020, 2));
		assertThat(Period.parse("2020Q1")).isEqualTo(new Period(2020, Period.Granularity.QUARTER, 1));
		assertThat(Period.parse("2020-03")).isEqualTo(new Period(2020, Period.Granularity.MONTH, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020", "2020H1", "2020H2", "2020Q4", "2020-01", "2020-12" })
	void writesWhatItReads(String text) {
		assertThat(Period.parse(text).toString()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020H3", "2020H0", "2020Q5", "2020-13", "2020-00", "2020-3", "20201", "2020h1", " 2020",
			"2020 H1", "0999", "2020.2/2", "이천이십" })
	void refusesAnythingElseInKorean(String text) {
		assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'" + text + "'")
			.hasMessageContaining("올바르지 않습니다")
			.hasMessageContaining("2020, 2020H1, 2020Q1, 2020-03");
	}

	@Test
	void anEmptyPeriodSaysSo() {
		assertThatThrownBy(() -> Period.parse("")).hasMessageContaining("비어 있습니다");
		assertThatThrownBy(() -> Period.parse(null)).hasMessageContaining("비어 있습니다");
	}

	@Test
	void knowsItsDays() {
		assertThat(Period.parse("2020").start()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(Period.parse("2020").end()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(Period.parse("2020H2").start()).isEqualTo(LocalDate.of(2020, 7, 1));
		assertThat(Period.parse("2020H2").end()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(Period.parse("2020Q1").end()).isEqualTo(LocalDate.of(2020, 3, 31));
		assertThat(Period.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
	}

	@Test
	void aYearContainsItsHalvesQuartersAndMonths() {
		Period year = Period.parse("2020");
		assertThat(year.contains(Period.parse("2020H2"))).isTrue();
		assertThat(year.contains(Period.parse("2020-03"))).isTrue();
		assertThat(year.contains(year)).isTrue();
		assertThat(Period.parse("2020H1").contains(Period.parse("2020Q2"))).isTrue();
		assertThat(Period.parse("2020H1").contains(Period.parse("2020Q3"))).isFalse();
		assertThat(Period.parse("2020H2").contains(year)).isFalse();
		assertThat(year.contains(Period.parse("2021-01"))).isFalse();
	}

	@Test
	void sortsByTimeWithTheLongerPeriodFirst() {
		List<Period> periods = new ArrayList<>(List.of(Period.parse("2021H1"), Period.parse("2020-01"),
				Period.parse("2020H2"), Period.parse("2020Q1"), Period.parse("2020"), Period.parse("2020H1")));
		Collections.sort(periods);
		assertThat(periods).extracting(Period::toString)
			.containsExactly("2020", "2020H1", "2020Q1", "2020-01", "2020H2", "2021H1");
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "2020H2, 2020년 하반기, 2020 H2", "2020H1, 2020년 상반기, 2020 H1",
			"2021Q4, 2021년 4분기, 2021 Q4", "2020-03, 2020년 3월, March 2020", "2020, 2020년, 2020" })
	void speaksPeriodsInWords(String text, String korean, String english) {
		assertThat(Period.parse(text).words(java.util.Locale.KOREAN)).isEqualTo(korean);
		assertThat(Period.words(text, java.util.Locale.ENGLISH)).isEqualTo(english);
	}

	@Test
	void leavesTextThatIsNoPeriodAsItIs() {
		assertThat(Period.words("term-7", java.util.Locale.KOREAN)).isEqualTo("term-7");
		assertThat(Period.words("2020H3", java.util.Locale.KOREAN)).isEqualTo("2020H3");
	}
}
