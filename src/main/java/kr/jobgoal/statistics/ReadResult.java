package kr.jobgoal.statistics;

import java.util.List;

/**
 * What a reader made of a file: the values to store, or the problems that refuse it.
 *
 * @param excluded values left out because the region is not a local government (제주시, 서귀포시, 전국)
 * @param ignored rows of ages or items that Jobgoal does not keep (e.g. 30~49세)
 */
record ReadResult(List<IncomingValue> values, List<ImportProblem> problems, int excluded, int ignored) {

	boolean accepted() {
		return problems.isEmpty();
	}
}
