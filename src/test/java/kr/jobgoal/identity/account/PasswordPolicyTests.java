package kr.jobgoal.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The KISA rule with passwords people really choose. */
class PasswordPolicyTests {

	@ParameterizedTest
	@CsvSource({ "gimje2026!!, gimje-officer", "jobgoal2026, admin", "Jeonbuk#21, jeonbuk-r", "Abcdef1!, eval1",
			"test-demo-password, gimje", "한글비밀번호는길다1, iksan" })
	void accepts(String password, String username) {
		assertThat(PasswordPolicy.problem(password, username)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "'', x, 입력하세요", "password, x, 2종류 이상으로 10자", "12345678901, x, 2종류 이상으로 10자",
			"Abc123!, x, 8자 이상", "abcd1234, x, 3종류 이상으로 8자", "gimje2026!!, gimje, 사용자 이름",
			"Admin-2026-x, admin, 사용자 이름" })
	void refuses(String password, String username, String reason) {
		assertThat(PasswordPolicy.problem(password, username)).hasValueSatisfying(m -> assertThat(m).contains(reason));
	}

	@ParameterizedTest
	@CsvSource({ "20", "24" })
	void bcryptReadsNoMoreThan72Bytes(int hangulSyllables) {
		String password = "가".repeat(hangulSyllables) + "a1";
		boolean tooLong = password.getBytes(StandardCharsets.UTF_8).length > 72;
		assertThat(PasswordPolicy.problem(password, "x").isPresent()).isEqualTo(tooLong);
	}
}
