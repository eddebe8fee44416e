package kr.jobgoal.statistics;

/**
 * One reason a file is refused, shown to the administrator.
 *
 * @param row the file's row (the header is row 1); 0 for the file as a whole
 * @param column the column as the file names it, or a description such as "파일"
 * @param message Korean, saying what is wrong and how to fix it
 */
public record ImportProblem(int row, String column, String message) {

	public static ImportProblem ofFile(String message) {
		return new ImportProblem(0, "파일", message);
	}
}
