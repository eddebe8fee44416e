package kr.jobgoal.result.service;

import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.Results;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Finds what a results URL names (any code the government ever had, and a year), or says in Korean why not. */
@Component
public class ResultLookup {

	public static final int FIRST_YEAR = 2012;

	public static final int LAST_YEAR = 2099;

	private final GovernmentDirectory directory;

	private final Results results;

	public ResultLookup(GovernmentDirectory directory, Results results) {
		this.directory = directory;
		this.results = results;
	}

	/** The government as it was in the year (the code its plan was filed under). */
	public Government government(String code, int year) {
		checkYear(year);
		LocalDate date = ResultBook.referenceDate(year);
		return directory.find(code, date)
			.orElseThrow(() -> new NotFoundException("코드 '" + code + "'에 해당하는 지자체가 " + year + "년에 없습니다."));
	}

	public AnnualResults require(String code, int year) {
		Government government = government(code, year);
		return results.annual(government, year)
			.orElseThrow(() -> new NotFoundException(
					government.nameKo() + "의 " + year + "년 연차별 세부계획이 공시되지 않아 추진실적이 없습니다."));
	}

	public static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			String message = "연도 " + KoreanParticles.attach(String.valueOf(year), "은") + " 올바르지 않습니다. 공시제는 " + FIRST_YEAR + "년부터입니다.";
			throw new InvalidInputException(message, List.of(new FieldProblem("year", message)));
		}
	}
}
