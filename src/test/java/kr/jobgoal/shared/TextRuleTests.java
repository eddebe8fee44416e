package kr.jobgoal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import kr.jobgoal.shared.TextRule.Kind;
import kr.jobgoal.shared.TextRule.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTests {

	@Test
	void namesAndTitlesOfTheFieldPassAsTheyAre() {
		assertThat(TextRule.check("고용안정 선제대응 패키지", Kind.NAME, 200).value()).isEqualTo("고용안정 선제대응 패키지");
		assertThat(TextRule.check("  일자리경제과 ", Kind.NAME, 100).value()).isEqualTo("일자리경제과");
		assertThat(TextRule.check("Gimje-si (김제시) — 2020", Kind.NAME, 100).value()).isEqualTo("Gimje-si (김제시) — 2020");
		assertThat(TextRule.check("   ", Kind.NAME, 100).value()).isNull();
		assertThat(TextRule.check(null, Kind.TEXT, 100).accepted()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\uD800", "a\uDC00" })
	void controlCharactersAreRefusedEverywhere(String control) {
		String text = "김제시" + control + "일자리";
		assertThat(TextRule.forbidden(text)).isGreaterThanOrEqualTo(0);
		assertThat(TextRule.check(text, Kind.NAME, 100).refusal()).isEqualTo(Refusal.CONTROL_CHARACTER);
		assertThat(TextRule.check(text, Kind.TEXT, 100).refusal()).isEqualTo(Refusal.CONTROL_CHARACTER);
	}

	@Test
	void tabsAndLineBreaksOnlyWhereAFieldAllowsLines() {
		assertThat(TextRule.forbidden("첫 줄\r\n둘째 줄\t끝")).isEqualTo(-1);
		assertThat(TextRule.check("첫 줄\r\n둘째 줄\r셋째", Kind.TEXT, 100).value()).isEqualTo("첫 줄\n둘째 줄\n셋째");
		assertThat(TextRule.check("전략\n1", Kind.NAME, 100).refusal()).isEqualTo(Refusal.LINE_BREAK);
		assertThat(TextRule.check("전략\t1", Kind.NAME, 100).refusal()).isEqualTo(Refusal.LINE_BREAK);
		// a line break at the end of a pasted name is only surrounding space
		assertThat(TextRule.check("전략 1\r\n", Kind.NAME, 100).value()).isEqualTo("전략 1");
	}

	@ParameterizedTest
	@ValueSource(chars = { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' })
	void bidirectionalControlsAreRefusedInNamesAndRemovedFromFreeText(char control) {
		// "txt.exe" shown as "exe.txt": the classic spoof
		String spoof = "증빙" + control + "txt.exe";
		TextRule.Checked name = TextRule.check(spoof, Kind.NAME, 100);
		assertThat(name.refusal()).isEqualTo(Refusal.BIDI_CONTROL);
		assertThat(name.character()).isEqualTo(control);
		assertThat(TextRule.check(spoof, Kind.TEXT, 100).value()).isEqualTo("증빙txt.exe");
	}

	@Test
	void textIsStoredNfcNormalised() {
		String decomposed = Normalizer.normalize("김제시 일자리", Normalizer.Form.NFD);
		assertThat(decomposed).hasSizeGreaterThan("김제시 일자리".length());
		assertThat(TextRule.check(decomposed, Kind.NAME, 100).value()).isEqualTo("김제시 일자리");
		assertThat(TextRule.normalise(decomposed)).isEqualTo("김제시 일자리");
	}

	@Test
	void lengthIsCountedInCharactersAsTheDatabaseCountsThem() {
		assertThat(TextRule.check("가".repeat(200), Kind.NAME, 200).accepted()).isTrue();
		assertThat(TextRule.check("가".repeat(201), Kind.NAME, 200).refusal()).isEqualTo(Refusal.TOO_LONG);
		// an emoji is two UTF-16 units and one character
		assertThat(TextRule.check("😀".repeat(200), Kind.NAME, 200).accepted()).isTrue();
		// decomposed 한글 is counted after composing
		assertThat(TextRule.check(Normalizer.normalize("가".repeat(200), Normalizer.Form.NFD), Kind.NAME, 200).accepted())
			.isTrue();
	}

	@Test
	void messagesNameTheFieldAndTheCharacter() {
		assertThat(TextRule.check("a\u0000b", Kind.TEXT, 100).messageKo("비고", 100))
			.isEqualTo("비고에 쓸 수 없는 제어 문자(U+0000)가 있습니다.");
		assertThat(TextRule.check("a\u202Eb", Kind.NAME, 100).messageKo("사업명", 100))
			.isEqualTo("사업명에 글자 방향을 바꾸는 보이지 않는 문자(U+202E)를 쓸 수 없습니다.");
		assertThat(TextRule.check("a".repeat(11), Kind.NAME, 10).messageKo("전략명", 10))
			.isEqualTo("전략명은 10자 이하로 적으세요.");
	}
}
