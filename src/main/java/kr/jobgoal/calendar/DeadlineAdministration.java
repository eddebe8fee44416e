package kr.jobgoal.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.Role;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ministry administrator sets a year's deadlines; every change is audited with the dates before and after. */
@Service
class DeadlineAdministration {

	static final int FIRST_YEAR = 2012;

	static final int LAST_YEAR = 2100;

	private final Deadlines deadlines;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DeadlineAdministration(Deadlines deadlines, CurrentUsers users, AuditLog audit, ApplicationEventPublisher events) {
		this.deadlines = deadlines;
		this.users = users;
		this.audit = audit;
		this.events = events;
	}

	/** Checks the form's text (the admin sees each problem beside its field) and saves the year's deadlines. */
	@Transactional
	YearDeadlines change(String yearText, String planDueText, String resultsDueText) {
		CurrentUser user = users.require();
		if (!user.is(Role.MINISTRY_ADMIN)) {
			throw new AccessDeniedException("기한은 고용노동부 관리자만 바꿀 수 있습니다.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Integer year = year(yearText, problems);
		LocalDate planDue = date("planDue", planDueText, problems);
		LocalDate resultsDue = date("resultsDue", resultsDueText, problems);
		if (year != null && planDue != null && planDue.getYear() != year) {
			problems.add(new FieldProblem("planDue", "계획 공시 기한은 " + year + "년 안의 날짜여야 합니다."));
		}
		if (year != null && resultsDue != null && resultsDue.getYear() != year + 1) {
			problems.add(new FieldProblem("resultsDue", "추진실적 제출 기한은 다음 해(" + (year + 1) + "년) 안의 날짜여야 합니다."));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("기한을 바꾸지 못했습니다. 아무것도 바꾸지 않았습니다.", problems);
		}
		YearDeadlines before = deadlines.of(year);
		YearDeadlines after = new YearDeadlines(year, planDue, resultsDue);
		deadlines.save(after, user.username());
		audit.record("calendar.deadline", Integer.toString(year), "update", before, after);
		events.publishEvent(new DeadlinesChanged(year));
		return after;
	}

	private static Integer year(String text, List<FieldProblem> problems) {
		String value = text == null ? "" : text.strip();
		if (value.matches("\\d{4}")) {
			int year = Integer.parseInt(value);
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		problems.add(new FieldProblem("year", "연도는 " + FIRST_YEAR + "~" + LAST_YEAR + " 사이의 네 자리 숫자로 쓰세요."));
		return null;
	}

	/** A date as 2026-03-31; anything longer is refused before it is read. */
	private static LocalDate date(String field, String text, List<FieldProblem> problems) {
		String value = text == null ? "" : text.strip();
		if (value.length() == 10) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException e) {
				// reported below
			}
		}
		problems.add(new FieldProblem(field, "날짜를 2026-03-31처럼 연-월-일로 쓰세요."));
		return null;
	}
}
