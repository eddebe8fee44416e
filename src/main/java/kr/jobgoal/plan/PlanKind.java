package kr.jobgoal.plan;

/** The two documents of the disclosure system. */
public enum PlanKind {
	/** 연차별 세부계획: one per year, due by 31 March. */
	ANNUAL,
	/** 종합계획: one per elected term (민선 N기), drawn up in its first year. */
	COMPREHENSIVE
}
