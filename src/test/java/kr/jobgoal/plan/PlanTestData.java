package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.plan.PlanContent.Budget;
import kr.jobgoal.plan.PlanContent.Program;
import kr.jobgoal.plan.PlanContent.Strategy;
import kr.jobgoal.plan.PlanContent.Target;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.statistics.Indicator;

/** Plans and users for the plan tests. */
final class PlanTestData {

	private PlanTestData() {
	}

	static PlanContent sample() {
		return new PlanContent(
				List.of(new Target(Indicator.EMPLOYMENT_RATE_15_64, new BigDecimal("70.2"), new BigDecimal("71.0")),
						new Target(Indicator.EMPLOYED_PERSONS, new BigDecimal("45.3"), new BigDecimal("46.0"))),
				new BigDecimal("3000"),
				List.of(new Strategy(null, "고용위기 선제 대응",
						List.of(program("고용안정 선제대응 패키지", ProgramType.EMPLOYMENT_SERVICES, "438", "1200000000"))),
						new Strategy(null, "청년 일자리",
								List.of(program("청년인턴사원제", ProgramType.EMPLOYMENT_SUBSIDIES, "60", "300000000")))));
	}

	static Program program(String name, ProgramType type, String jobTarget, String national) {
		return new Program(null, name, type, null, "일자리경제과", new BigDecimal(jobTarget),
				new Budget(new BigDecimal(national), new BigDecimal("100000000"), new BigDecimal("50000000"),
						BigDecimal.ZERO));
	}

	static long governmentId(GovernmentDirectory directory, String code) {
		return directory.find(code, LocalDate.of(2021, 3, 31)).orElseThrow().id();
	}

	static CurrentUser officer(long governmentId, String username) {
		return new CurrentUser(90_000 + governmentId, username, username + " 담당자", Role.LOCAL_OFFICER, governmentId);
	}

	static CurrentUser reviewer(long metroId, String username) {
		return new CurrentUser(80_000 + metroId, username, username + " 검토자", Role.PROVINCIAL_REVIEWER, metroId);
	}
}
