package kr.jobgoal.result;

import static kr.jobgoal.result.FactsFixture.fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kr.jobgoal.shared.Period;
import org.junit.jupiter.api.Test;

/** A fact inside a longer recorded period counts nowhere, and the entry form says which figure counts and why. */
class CountsNowhereTests {

	@Test
	void aQuarterInsideARecordedHalfCountsNowhereAndTheMessageNamesTheHalf() {
		List<ResultFact> current = List.of(fact(1, 7, "2021H2", 1500, null), fact(2, 7, "2021Q4", 40, null),
				fact(3, 8, "2021Q4", 5, null));
		assertThat(FactValidator.countsNowhere(current.get(1), current)).hasValue("2021년 4분기 실적은 집계되지 않습니다. "
				+ "이 사업에는 그 기간을 포함하는 2021년 하반기 실적(ID 1, 일자리 1,500명)이 있어, 더 긴 기간의 실적이 집계되기 "
				+ "때문입니다. 바꾸려면 그 실적을 정정하세요.");
		// another program's quarter, and the half itself, count
		assertThat(FactValidator.countsNowhere(current.get(2), current)).isEmpty();
		assertThat(FactValidator.countsNowhere(current.get(0), current)).isEmpty();
	}

	@Test
	void theLongestRecordedPeriodIsTheOneNamed() {
		List<ResultFact> current = List.of(fact(1, 7, "2021", 3000, null), fact(2, 7, "2021H2", 1500, null),
				fact(3, 7, "2021-11", 10, null));
		assertThat(FactValidator.countsNowhere(current.get(2), current).orElseThrow()).contains("2021년 실적(ID 1");
	}

	@Test
	void periodsReadInKoreanAndEnglish() {
		assertThat(PeriodLabels.korean(Period.parse("2021H2"))).isEqualTo("2021년 하반기");
		assertThat(PeriodLabels.korean(Period.parse("2021Q4"))).isEqualTo("2021년 4분기");
		assertThat(PeriodLabels.korean(Period.parse("2021-03"))).isEqualTo("2021년 3월");
		assertThat(PeriodLabels.english(Period.parse("2021H1"))).isEqualTo("First half of 2021");
		assertThat(PeriodLabels.choices(2021, true)).hasSize(19).first().isEqualTo(new PeriodLabels.Choice("2021", "2021년"));
	}
}
