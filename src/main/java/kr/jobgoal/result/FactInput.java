package kr.jobgoal.result;

/**
 * A fact as sent, every field still text (from the JSON body or the officer's form), so that each bad
 * value gets its own Korean message instead of a parse error. Field names are the contract's.
 */
record FactInput(String programId, String period, String jobsCreated, String budgetExecuted, String note,
		String supersedes, String reason) {
}
