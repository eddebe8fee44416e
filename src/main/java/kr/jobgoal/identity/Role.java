package kr.jobgoal.identity;

/** What a user is in the field, and so what they may do. */
public enum Role {
	/** 고용노동부 administrator: sets up award years, imports statistics, confirms awards, manages users. */
	MINISTRY_ADMIN("고용노동부 관리자"),
	/** 시·도 reviewer, bound to one metro government: reads its basic governments' drafts, runs the 1차 evaluation. */
	PROVINCIAL_REVIEWER("시·도 검토자"),
	/** 지자체 일자리 담당, bound to one government: drafts and discloses its plans, enters its results. */
	LOCAL_OFFICER("지자체 담당자"),
	/** 자문위원: scores the qualitative criteria of the governments assigned to them. */
	EVALUATOR("평가위원"),
	/** Runs job fairs for a government. */
	JOB_FAIR_ORGANISER("채용행사 운영자");

	private final String labelKo;

	Role(String labelKo) {
		this.labelKo = labelKo;
	}

	public String labelKo() {
		return labelKo;
	}
}
