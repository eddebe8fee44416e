package kr.jobgoal.evaluation.scoring;

import java.util.Optional;

/**
 * How a criterion turns a government's values into points (CONTRACT.md, "Evaluation simulation"); v is the
 * government's value, min and max are taken over its peer group.
 */
public enum ScoringMethod {

	/** maxPoints × min(actual ÷ target, cap) ÷ cap; no or zero target → 0. */
	ACHIEVEMENT_CAPPED("achievement_capped"),
	/** maxPoints × (v − min) ÷ (max − min) on v = actual; all equal → maxPoints. */
	PEER_MINMAX("peer_minmax"),
	/** The same on v = actual − previous. */
	PEER_MINMAX_CHANGE("peer_minmax_change"),
	/**
	 * The mean of the evaluators' scores; with five or more, the single highest and single lowest are dropped
	 * first (최고·최저점 제외).
	 */
	QUALITATIVE_MEAN("qualitative");

	private final String code;

	ScoringMethod(String code) {
		this.code = code;
	}

	/** The method's name in the contract's JSON. */
	public String code() {
		return code;
	}

	public boolean qualitative() {
		return this == QUALITATIVE_MEAN;
	}

	/** The quantitative method with this contract name (the qualitative mean has no method name in the JSON). */
	public static Optional<ScoringMethod> quantitative(String code) {
		for (ScoringMethod method : values()) {
			if (!method.qualitative() && method.code.equals(code)) {
				return Optional.of(method);
			}
		}
		return Optional.empty();
	}

	/** The quantitative methods' names, for messages. */
	public static String quantitativeCodes() {
		return ACHIEVEMENT_CAPPED.code + ", " + PEER_MINMAX.code + ", " + PEER_MINMAX_CHANGE.code;
	}
}
