package kr.jobgoal.statistics.csv;

import java.util.List;

import kr.jobgoal.statistics.ImportProblem;
import kr.jobgoal.statistics.IncomingValue;

/**
 * What a reader made of a file: the values to store, or the problems that refuse it.
 *
 * @param excluded values left out because the region is not a local government (제주시, 서귀포시, 전국)
 * @param ignored rows of ages or items that Jobgoal does not keep (e.g. 30~49세)
 */
public record ReadResult(List<IncomingValue> values, List<ImportProblem> problems, int excluded, int ignored) {

	public boolean accepted() {
		return problems.isEmpty();
	}
}
