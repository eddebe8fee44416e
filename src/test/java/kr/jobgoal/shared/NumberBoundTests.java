package kr.jobgoal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import kr.jobgoal.shared.NumberBound.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberBoundTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = {
			// Gimje 2020: 6,396 jobs against a target of 3,000; 639 hired against 438
			"6396 | 6396", "'6,396' | 6396", "' 3000 ' | 3000", "639 | 639", "0 | 0", "1000000000 | 1000000000",
			"'1,000,000,000' | 1000000000", "3000.0 | 3000", "+438 | 438", "6.396E3 | 6396", "1e3 | 1000" })
	void personsAreWholeNumbersUpToABillion(String typed, String stored) {
		NumberBound.Checked checked = NumberBound.PERSONS.parse(typed);
		assertThat(checked.accepted()).isTrue();
		assertThat(checked.value()).isEqualTo(new BigDecimal(stored));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "1000000001 | ABOVE_MAXIMUM", "-1 | BELOW_MINIMUM", "12.5 | TOO_MANY_DECIMALS",
			"1e999999999 | ABOVE_MAXIMUM", "1e-999999999 | TOO_MANY_DECIMALS", "1e9999999999 | NOT_A_NUMBER", "3천 | NOT_A_NUMBER", "'' | NOT_A_NUMBER", "- | NOT_A_NUMBER",
			"1.2.3 | NOT_A_NUMBER", "'63,96' | NOT_A_NUMBER", "0x10 | NOT_A_NUMBER", "NaN | NOT_A_NUMBER",
			"99999999999999999999999999999999 | ABOVE_MAXIMUM", "-99999999999999999999999999999999 | BELOW_MINIMUM",
			"1.00000000000000000000000000000001 | TOO_MANY_DECIMALS" })
	void personsRefuseWhatIsNoCount(String typed, Refusal refusal) {
		assertThat(NumberBound.PERSONS.parse(typed).refusal()).isEqualTo(refusal);
	}

	@Test
	void wonAreWholeNumbersUpToTenToTheFifteenth() {
		// the 2021 incentive of Gimje, 70,000,000원
		assertThat(NumberBound.WON.parse("70,000,000").value()).isEqualTo(new BigDecimal("70000000"));
		assertThat(NumberBound.WON.parse("1000000000000000").value()).isEqualTo(new BigDecimal("1000000000000000"));
		assertThat(NumberBound.WON.parse("1000000000000001").refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
		assertThat(NumberBound.WON.parse("1500.5").refusal()).isEqualTo(Refusal.TOO_MANY_DECIMALS);
		assertThat(NumberBound.WON.integerDigits()).isEqualTo(16);
		// Excel stores large numbers with an exponent
		assertThat(NumberBound.WON.parse("1.35E9").value()).isEqualTo(new BigDecimal("1350000000"));
	}

	@Test
	void ratesHaveOneDecimalUpToAHundred() {
		// Gimje 2020H2: 고용률(15–64) 71.0%, 청년 33.8%
		assertThat(NumberBound.RATE.parse("71.0").value()).isEqualTo(new BigDecimal("71.0"));
		assertThat(NumberBound.RATE.parse("71").value()).isEqualTo(new BigDecimal("71.0"));
		assertThat(NumberBound.RATE.parse("33.80").value()).isEqualTo(new BigDecimal("33.8"));
		assertThat(NumberBound.RATE.parse("100").value()).isEqualTo(new BigDecimal("100.0"));
		assertThat(NumberBound.RATE.parse("100.1").refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
		assertThat(NumberBound.RATE.parse("145").refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
		assertThat(NumberBound.RATE.parse("71.05").refusal()).isEqualTo(Refusal.TOO_MANY_DECIMALS);
		assertThat(NumberBound.RATE.integerDigits()).isEqualTo(3);
	}

	@Test
	void thousandsOfPersonsAreAsPublished() {
		assertThat(NumberBound.THOUSAND_PERSONS.parse("47.9").value()).isEqualTo(new BigDecimal("47.9"));
		assertThat(NumberBound.THOUSAND_PERSONS.parse("28,089.5").value()).isEqualTo(new BigDecimal("28089.5"));
		assertThat(NumberBound.THOUSAND_PERSONS.parse("100000.1").refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
	}

	@Test
	void idsStartAtOne() {
		assertThat(NumberBound.ID.parse("0").refusal()).isEqualTo(Refusal.BELOW_MINIMUM);
		assertThat(NumberBound.ID.parse("42").value()).isEqualTo(new BigDecimal("42"));
		assertThat(NumberBound.ID.parse("9223372036854775807").refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
	}

	@Test
	void hugeExponentsAreRefusedWithoutExpandingThem() {
		// the plain text of these would need about a gigabyte; the checks look at digits and scale only
		assertThat(NumberBound.PERSONS.check(new BigDecimal("1e999999999")).refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
		assertThat(NumberBound.PERSONS.check(new BigDecimal("-1e999999999")).refusal()).isEqualTo(Refusal.BELOW_MINIMUM);
		assertThat(NumberBound.PERSONS.check(new BigDecimal("1e-999999999")).refusal())
			.isEqualTo(Refusal.TOO_MANY_DECIMALS);
		assertThat(NumberBound.RATE.check(new BigDecimal("7.1e1")).value()).isEqualTo(new BigDecimal("71.0"));
		assertThat(NumberBound.WON.check(new BigDecimal("0e999999999")).value()).isEqualTo(BigDecimal.ZERO);
		assertThat(NumberBound.PERSONS.check(new BigDecimal("6.396E+3")).value()).isEqualTo(new BigDecimal("6396"));
	}

	@Test
	void veryLongTextIsRefusedBeforeParsing() {
		String tenMegabytes = "9".repeat(10 * 1024 * 1024);
		assertThat(NumberBound.WON.parse(tenMegabytes).refusal()).isEqualTo(Refusal.ABOVE_MAXIMUM);
		assertThat(NumberBound.WON.parse("1." + tenMegabytes).refusal()).isEqualTo(Refusal.TOO_MANY_DECIMALS);
		assertThat(NumberBound.WON.parse("x" + tenMegabytes).refusal()).isEqualTo(Refusal.NOT_A_NUMBER);
	}

	@Test
	void messagesSayWhatIsAllowedInTheFieldsTerms() {
		assertThat(NumberBound.PERSONS.messageKo("일자리 창출 실적", Refusal.ABOVE_MAXIMUM))
			.isEqualTo("일자리 창출 실적은 0 이상 1,000,000,000 이하의 정수여야 합니다.");
		assertThat(NumberBound.RATE.messageKo("목표값", Refusal.TOO_MANY_DECIMALS))
			.isEqualTo("목표값은 0 이상 100% 이하, 소수 첫째 자리까지의 수여야 합니다.");
		assertThat(NumberBound.WON.messageKo("국비", Refusal.NOT_A_NUMBER))
			.isEqualTo("국비는 숫자로 적어야 합니다 (0 이상 1,000,000,000,000,000원 이하의 정수).");
	}
}
