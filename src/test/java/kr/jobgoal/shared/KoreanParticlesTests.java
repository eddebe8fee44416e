package kr.jobgoal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanParticlesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "버전 2(으)로 | 버전 2로", "버전 3(으)로 | 버전 3으로", "버전 1(으)로 | 버전 1로", "서울(으)로 | 서울로",
			"김제시(으)로 | 김제시로", "대덕구청(으)로 | 대덕구청으로", "전략 1을(를) | 전략 1을", "전략 2을(를) | 전략 2를",
			"버전 1과(와) | 버전 1과", "버전 2과(와) | 버전 2와", "김제시은(는) | 김제시는", "대덕구이(가) | 대덕구가",
			"종로구청은(는) | 종로구청은", "사업 1-10을(를) | 사업 1-10을", "버전 100을(를) | 버전 100을",
			"버전 1000을(를) | 버전 1000을", "'2020H3'은(는) | '2020H3'은", "'2020H2'은(는) | '2020H2'는",
			"‘목표’은(는) | ‘목표’는", "(김제시)이(가) | (김제시)가", "1,000을(를) | 1,000을", "85%이(가) | 85%가",
			"1.5이(가) | 1.5가", "1.0이(가) | 1.0이", "0을(를) | 0을", "API이(가) | API가", "URL을(를) | URL을",
			"PDF(으)로 | PDF로", "token이(가) | token이", "code을(를) | code를", "Excel(으)로 | Excel로", "시(이)다 | 시다",
			"구청(이)다 | 구청이다" })
	void resolvesTheDoubleNotation(String text, String expected) {
		assertThat(KoreanParticles.resolve(text)).isEqualTo(expected);
	}

	@Test
	void resolvesEveryDoubleNotationInAMessage() {
		assertThat(KoreanParticles.resolve("버전 1과(와) 2의 차이: 전략 3을(를) 버전 2(으)로"))
			.isEqualTo("버전 1과 2의 차이: 전략 3을 버전 2로");
	}

	@Test
	void attachesEitherFormGiven() {
		assertThat(KoreanParticles.attach("김제시", "은")).isEqualTo("김제시는");
		assertThat(KoreanParticles.attach("김제시", "는")).isEqualTo("김제시는");
		assertThat(KoreanParticles.attach("대덕구", "이")).isEqualTo("대덕구가");
		assertThat(KoreanParticles.attach("세부 분류", "을")).isEqualTo("세부 분류를");
		assertThat(KoreanParticles.attach("일자리 창출 실적", "은")).isEqualTo("일자리 창출 실적은");
		assertThat(KoreanParticles.attach("10", "을")).isEqualTo("10을");
		assertThat(KoreanParticles.attach("2", "로")).isEqualTo("2로");
		assertThat(KoreanParticles.attach("3", "로")).isEqualTo("3으로");
		assertThat(KoreanParticles.attach("1000000000000", "이")).isEqualTo("1000000000000가");
	}

	@Test
	void keepsTheDoubleNotationWhenTheWordHasNoReading() {
		assertThat(KoreanParticles.resolve("-을(를)")).isEqualTo("-을(를)");
		assertThat(KoreanParticles.after("", "으로")).isEqualTo("(으)로");
		assertThat(KoreanParticles.after("#", "을")).isEqualTo("을(를)");
	}

	@Test
	void leavesTextWithoutParticlesAlone() {
		assertThat(KoreanParticles.resolve("버전 2 (공시)")).isEqualTo("버전 2 (공시)");
		assertThat(KoreanParticles.resolve("Version 2 (disclosed)")).isEqualTo("Version 2 (disclosed)");
		assertThat(KoreanParticles.resolve(null)).isNull();
	}
}
