package kr.jobgoal.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/** Korean wording for input errors shared by the API and the HTML pages. */
public final class UserMessages {

	private UserMessages() {
	}

	/** "'asOf' 값 '2021-13-01'은 올바른 날짜가 아닙니다. 예: 2021-07-06" and the like. */
	public static String invalidValue(String name, Object value, Class<?> requiredType) {
		String expected;
		if (requiredType == LocalDate.class) {
			expected = "올바른 날짜가 아닙니다. 예: 2021-07-06";
		}
		else if (requiredType == YearMonth.class) {
			expected = "올바른 연월이 아닙니다. 예: 2021-07";
		}
		else if (requiredType != null && (Number.class.isAssignableFrom(requiredType) || requiredType == int.class
				|| requiredType == long.class)) {
			expected = "숫자가 아닙니다.";
		}
		else if (requiredType != null && requiredType.isEnum()) {
			expected = "허용되지 않는 값입니다.";
		}
		else {
			expected = "올바르지 않습니다.";
		}
		return "'" + name + "' 값 '" + value + "'" + KoreanParticles.after(String.valueOf(value), "은") + " " + expected;
	}
}
