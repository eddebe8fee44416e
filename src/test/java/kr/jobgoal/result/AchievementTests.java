package kr.jobgoal.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AchievementTests {

	private static final Achievement.Display DEFAULT = Achievement.Display.DEFAULT;

	@Test
	void gimjeJobsCreatedIn2020() {
		Achievement a = Achievement.of(6396, 3000);
		assertThat(a.rate()).isEqualTo("213.20");
		assertThat(a.display(DEFAULT)).isEqualTo("213%");
		assertThat(a.met()).isTrue();
	}

	@Test
	void gimjePreemptiveEmploymentPackageIsCutNotRounded() {
		Achievement a = Achievement.of(639, 438); // 145.890410…
		assertThat(a.rate()).isEqualTo("145.89");
		assertThat(a.display(DEFAULT)).isEqualTo("145%");
	}

	@Test
	void zeroOrMissingTargetHasNoRate() {
		for (Achievement a : List.of(Achievement.of(5, 0), Achievement.of(BigDecimal.TEN, null),
				Achievement.of(BigDecimal.ZERO, new BigDecimal("0.00")))) {
			assertThat(a.hasRate()).isFalse();
			assertThat(a.rate()).isNull();
			assertThat(a.display(DEFAULT)).isEqualTo("–");
			assertThat(a.met()).isFalse();
		}
	}

	@Test
	void nothingReportedIsNotZero() {
		Achievement a = Achievement.of(null, new BigDecimal("438"));
		assertThat(a.rate()).isNull();
		assertThat(a.display(DEFAULT)).isEqualTo("–");
	}

	@Test
	void reportedZeroIsZeroPercent() {
		Achievement a = Achievement.of(0, 438);
		assertThat(a.rate()).isEqualTo("0.00");
		assertThat(a.display(DEFAULT)).isEqualTo("0%");
		assertThat(a.met()).isFalse();
	}

	@Test
	void exactDecimalsWhereBinaryFloatsSlip() {
		// 29 / 100 * 100 is 28.999999999999996 in double, which a cut would show as 28.99
		assertThat(Achievement.of(29, 100).rate()).isEqualTo("29.00");
		assertThat(Achievement.of(29, 100).display(DEFAULT)).isEqualTo("29%");
		// a repeating ratio is cut: 2/3 = 66.666… → 66.66, never 66.67
		assertThat(Achievement.of(2, 3).rate()).isEqualTo("66.66");
		assertThat(Achievement.of(3000, 3000).rate()).isEqualTo("100.00");
		assertThat(Achievement.of(3000, 3000).met()).isTrue();
		assertThat(Achievement.of(2999, 3000).display(DEFAULT)).isEqualTo("99%");
	}

	@Test
	void decimalFiguresSuchAsRates() {
		Achievement a = Achievement.of(new BigDecimal("71.0"), new BigDecimal("70.5"));
		assertThat(a.rate()).isEqualTo("100.70");
	}

	@Test
	void displaySettingChoosesScaleAndRounding() {
		Achievement a = Achievement.of(639, 438); // 145.890410…
		assertThat(a.display(new Achievement.Display(1, RoundingMode.DOWN))).isEqualTo("145.8%");
		assertThat(a.display(new Achievement.Display(1, RoundingMode.HALF_UP))).isEqualTo("145.9%");
		assertThat(a.display(new Achievement.Display(0, RoundingMode.HALF_UP))).isEqualTo("146%");
		assertThat(a.display(new Achievement.Display(2, RoundingMode.DOWN))).isEqualTo("145.89%");
		// the rate itself never follows the display setting
		assertThat(a.rate()).isEqualTo("145.89");
	}

	@Test
	void roundingIsAppliedToTheExactRatioOnce() {
		// 1249.5/1000 = 124.95 exactly: half-up to one decimal must give 125.0, not 124.9 from a cut rate
		Achievement a = Achievement.of(new BigDecimal("1249.5"), new BigDecimal("1000"));
		assertThat(a.display(new Achievement.Display(1, RoundingMode.HALF_UP))).isEqualTo("125.0%");
		// 1/6 = 16.666…%: half-up to an integer is 17, computed from the exact quotient
		assertThat(Achievement.of(1, 6).display(new Achievement.Display(0, RoundingMode.HALF_UP))).isEqualTo("17%");
	}

	@Test
	void displaySettingIsChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Achievement.Display(-1, RoundingMode.DOWN));
		assertThatIllegalArgumentException().isThrownBy(() -> new Achievement.Display(0, RoundingMode.UNNECESSARY));
	}

	@Test
	void ordersByExactRatioHighestFirstAndNoneLast() {
		Achievement none = Achievement.of(10, 0);
		Achievement a = Achievement.of(639, 438); // 145.8904…
		Achievement b = Achievement.of(1459, 1000); // 145.9
		Achievement c = Achievement.of(6396, 3000); // 213.2
		Achievement sameAsC = Achievement.of(2132, 1000);
		List<Achievement> list = new ArrayList<>(List.of(none, a, c, b));
		list.sort(Achievement.HIGHEST_FIRST);
		assertThat(list).containsExactly(c, b, a, none);
		assertThat(Achievement.HIGHEST_FIRST.compare(c, sameAsC)).isZero();
	}
}
