package kr.jobgoal.result;

import static kr.jobgoal.result.FactsFixture.fact;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

class FactValidatorTests {

	private static final Set<Long> PROGRAMS = Set.of(7L, 8L);

	private static FactInput input(String programId, String period, String jobs) {
		return new FactInput(programId, period, jobs, null, null, null, null);
	}

	private static FactInput correction(String programId, String period, String jobs, String supersedes, String reason) {
		return new FactInput(programId, period, jobs, "1000", "정정", supersedes, reason);
	}

	@Test
	void acceptsGoodFactsNormalised() {
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, List.of(),
				List.of(new FactInput("7", " 2020Q1 ", "639", "1200000000.00", "  고용안정 패키지  ", null, null)));
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.conflicts()).isEmpty();
		NewFact fact = outcome.facts().get(0);
		assertThat(fact.period()).isEqualTo("2020Q1");
		assertThat(fact.jobsCreated()).isEqualByComparingTo("639");
		assertThat(fact.budgetExecuted().toPlainString()).isEqualTo("1200000000");
		assertThat(fact.note()).isEqualTo("고용안정 패키지");
	}

	@Test
	void namesEveryBadFieldInKorean() {
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, List.of(), List.of(
				new FactInput("99", "2021Q1", "-1", "12.5", null, null, null),
				new FactInput(null, "2020H3", "abc", null, "x".repeat(1001), null, null)));
		assertThat(outcome.facts()).isEmpty();
		assertThat(outcome.errors()).extracting(FieldProblem::field).containsExactly("[0].programId", "[0].period",
				"[0].jobsCreated", "[0].budgetExecuted", "[1].programId", "[1].period", "[1].jobsCreated", "[1].note");
		assertThat(outcome.errors().get(0).message()).contains("사업 ID 99는").contains("공시된");
		assertThat(outcome.errors().get(1).message()).contains("기간 2021년 1분기는 2020년 실적이 아닙니다");
		assertThat(outcome.errors().get(2).message()).contains("0 이상 1,000,000,000 이하의 정수");
		assertThat(outcome.errors().get(4).message()).isEqualTo("사업 ID를 입력하세요.");
		assertThat(outcome.errors().get(5).message()).contains("2020H3");
	}

	@Test
	void extremeNumbersAndControlCharactersAreRefusedOnTheirFields() {
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, List.of(), List.of(
				new FactInput("7", "2020", "1E+999999999", "9".repeat(5_000_000), "비고\u0000", null, null),
				new FactInput("1E-999999999", "2020\u0007", "1e9999999999", "-1E+999999999", "\u202E역방향", null, null)));
		assertThat(outcome.facts()).isEmpty();
		assertThat(outcome.errors()).extracting(FieldProblem::field).containsExactly("[0].jobsCreated",
				"[0].budgetExecuted", "[0].note", "[1].programId", "[1].period", "[1].jobsCreated", "[1].budgetExecuted");
		assertThat(outcome.errors().get(2).message()).contains("U+0000");
		assertThat(outcome.errors().get(4).message()).contains("U+0007");
	}

	@Test
	void freeTextLosesBidirectionalControlsAndIsStoredNfc() {
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, List.of(),
				List.of(new FactInput("7", "2020", "1", null, "\u202E\u1100\u1161 비고", null, null)));
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.facts().get(0).note()).isEqualTo("가 비고");
	}

	@Test
	void anEmptyBatchIsAnError() {
		assertThat(FactValidator.check(2020, PROGRAMS, List.of(), List.of()).errors()).extracting(FieldProblem::field)
			.containsExactly("facts");
	}

	@Test
	void aCorrectionNeedsAReasonAndAFactOfThisYear() {
		List<ResultFact> recorded = List.of(fact(1, 7, "2020", 600, null));
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, recorded,
				List.of(correction("7", "2020", "639", "1", " "), correction("8", "2020", "1", "55", "오타")));
		assertThat(outcome.errors()).extracting(FieldProblem::field).containsExactly("[0].reason", "[1].supersedes");
	}

	@Test
	void aCorrectionReplacesTheCurrentFact() {
		List<ResultFact> recorded = List.of(fact(1, 7, "2020", 600, null));
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, recorded,
				List.of(correction("7", "2020", "639", "1", "보도자료 기준으로 정정")));
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.conflicts()).isEmpty();
		assertThat(outcome.facts().get(0).supersedes()).isEqualTo(1L);
		assertThat(outcome.facts().get(0).reason()).isEqualTo("보도자료 기준으로 정정");
	}

	@Test
	void aSecondFactForTheSameProgramAndPeriodIsAConflict() {
		List<ResultFact> recorded = List.of(fact(1, 7, "2020", 600, null));
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, recorded, List.of(input("7", "2020", "639")));
		assertThat(outcome.facts()).isEmpty();
		assertThat(outcome.conflicts()).extracting(FieldProblem::field).containsExactly("[0].period");
		assertThat(outcome.conflicts().get(0).message()).contains("supersedes: 1");
		// another period of the same program is fine
		assertThat(FactValidator.check(2020, PROGRAMS, recorded, List.of(input("7", "2020Q1", "1"))).facts()).hasSize(1);
	}

	@Test
	void correctingAnAlreadyCorrectedFactIsAConflict() {
		List<ResultFact> recorded = List.of(fact(1, 7, "2020", 600, null), fact(2, 7, "2020", 639, null, 1L));
		FactValidator.Outcome outcome = FactValidator.check(2020, PROGRAMS, recorded,
				List.of(correction("7", "2020", "640", "1", "늦은 정정")));
		assertThat(outcome.conflicts()).extracting(FieldProblem::field).contains("[0].supersedes");
		assertThat(outcome.conflicts().get(0).message()).contains("이미 정정");
		// correcting the current one is fine
		assertThat(FactValidator.check(2020, PROGRAMS, recorded, List.of(correction("7", "2020", "640", "2", "재정정")))
			.facts()).hasSize(1);
	}

	@Test
	void oneBatchCannotHoldTwoFactsForOneSlotOrTwoCorrectionsOfOneFact() {
		assertThat(FactValidator.check(2020, PROGRAMS, List.of(), List.of(input("7", "2020", "1"), input("7", "2020", "2")))
			.errors()).extracting(FieldProblem::field).containsExactly("[1].period");
		List<ResultFact> recorded = List.of(fact(1, 7, "2020", 600, null));
		assertThat(FactValidator.check(2020, PROGRAMS, recorded,
				List.of(correction("7", "2020Q1", "1", "1", "a"), correction("7", "2020Q2", "2", "1", "b")))
			.conflicts()).extracting(FieldProblem::field).containsExactly("[1].supersedes");
	}
}
