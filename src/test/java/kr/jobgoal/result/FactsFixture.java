package kr.jobgoal.result;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Facts as recorded, for unit tests. */
final class FactsFixture {

	private FactsFixture() {
	}

	static ResultFact fact(long id, long programId, String period, long jobs, Long budget) {
		return fact(id, programId, period, jobs, budget, null);
	}

	static ResultFact fact(long id, long programId, String period, long jobs, Long budget, Long supersedes) {
		return new ResultFact(id, 1L, Integer.parseInt(period.substring(0, 4)), programId, period, BigDecimal.valueOf(jobs),
				budget == null ? null : BigDecimal.valueOf(budget), null,
				OffsetDateTime.of(2021, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9)).plusMinutes(id), "gimje", supersedes,
				supersedes == null ? null : "정정", false);
	}
}
