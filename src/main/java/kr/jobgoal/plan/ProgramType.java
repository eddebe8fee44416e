package kr.jobgoal.plan;

/** The six fixed types of 재정지원 일자리사업; labels are in the {@code plan.programType.*} messages. */
public enum ProgramType {
	/** 직접일자리 */
	DIRECT_JOBS,
	/** 직업훈련 */
	VOCATIONAL_TRAINING,
	/** 고용서비스 */
	EMPLOYMENT_SERVICES,
	/** 고용장려금 */
	EMPLOYMENT_SUBSIDIES,
	/** 창업지원 */
	STARTUP_SUPPORT,
	/** 실업소득 유지·지원 */
	UNEMPLOYMENT_INCOME_SUPPORT
}
