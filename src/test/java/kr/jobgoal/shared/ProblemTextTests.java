package kr.jobgoal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

/** Messages built from a value in code read as Korean: the particle after the value is the one that fits it. */
class ProblemTextTests {

	@Test
	void theParticleAfterAValueIsSettledInEveryProblem() {
		assertThat(new NotFoundException("지자체 45210은(는) 2021년 평가 대상이 아닙니다.").getMessage())
			.isEqualTo("지자체 45210은 2021년 평가 대상이 아닙니다.");
		assertThat(new NotFoundException("지자체 11110은(는) 평가 대상이 아닙니다.").getMessage())
			.isEqualTo("지자체 11110은 평가 대상이 아닙니다.");
		InvalidInputException refused = new InvalidInputException("'province' 값 '99'은(는) 시·도 코드가 아닙니다.",
				List.of(new FieldProblem("kind", "지표 종류 'quantity'은(는) 없습니다.")));
		assertThat(refused.getMessage()).isEqualTo("'province' 값 '99'는 시·도 코드가 아닙니다.");
		assertThat(refused.errors()).extracting(FieldProblem::message).containsExactly("지표 종류 'quantity'는 없습니다.");
	}
}
