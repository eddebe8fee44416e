package kr.jobgoal.plan.api;

import java.net.URI;
import java.util.List;

import kr.jobgoal.plan.DraftConflictException;
import kr.jobgoal.plan.PlanDiff;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanRefusedException;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The plan API's own problems (RFC 9457, Korean detail): invalid plans, conflicting saves, missing If-Match. */
@RestControllerAdvice(assignableTypes = PlanApiController.class)
public class PlanApiProblems {

	/** A PUT without If-Match, or with {@code If-Match: *} that names no state of the draft (428). */
	public static class PreconditionRequired extends RuntimeException {

		private final boolean wildcard;

		PreconditionRequired(boolean wildcard) {
			super("If-Match required");
			this.wildcard = wildcard;
		}
	}

	/** A PUT with {@code If-None-Match: *} (create only) while a draft exists (412). */
	public static class DraftExists extends RuntimeException {

		private final transient StoredVersion current;

		DraftExists(StoredVersion current) {
			super("draft exists");
			this.current = current;
		}
	}

	private final PlanMessages messages;

	public PlanApiProblems(PlanMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PlanRefusedException.class)
	public ProblemDetail refused(PlanRefusedException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "공시된 계획과 맞지 않는 요청",
				e.violations().stream().map(v -> messages.message(v, PlanMessages.KOREAN)).reduce((a, b) -> a + " " + b)
					.orElseThrow() + " 아무것도 바뀌지 않았습니다.");
		problem.setProperty("errors", messages.korean(e.violations()));
		return problem;
	}

	@ExceptionHandler(PlanValidationException.class)
	public ProblemDetail invalid(PlanValidationException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "잘못된 요청",
				"계획에 고칠 곳이 " + e.violations().size() + "군데 있습니다. 아무것도 저장되지 않았습니다.");
		problem.setProperty("errors", messages.korean(e.violations()));
		return problem;
	}

	@ExceptionHandler(DraftConflictException.class)
	public ProblemDetail conflict(DraftConflictException e) {
		StoredVersion current = e.current();
		if (current == null) {
			return problem(HttpStatus.PRECONDITION_FAILED, "초안이 바뀌었습니다",
					"초안이 그 사이 공시되었거나 삭제되어 없습니다. 아무것도 저장되지 않았습니다. 최신 공시 버전을 확인하세요.");
		}
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "초안이 바뀌었습니다",
				current.updatedBy() + "님이 " + PlanFormat.time(current.updatedAt())
						+ "에 초안을 먼저 저장했습니다. 아무것도 저장되지 않았습니다. 최신 초안(ETag " + current.etag()
						+ ")을 다시 받아 바뀐 내용을 확인한 뒤 변경을 다시 적용하세요.");
		problem.setProperty("currentETag", current.etag());
		problem.setProperty("updatedBy", current.updatedBy());
		problem.setProperty("updatedAt", current.updatedAt());
		if (e.base() != null) {
			problem.setProperty("changes", PlanDiff.between(e.base(), current.content())
				.stream()
				.map(c -> PlanDiff.describe(c, messages, PlanMessages.KOREAN))
				.toList());
		}
		return problem;
	}

	@ExceptionHandler(DraftExists.class)
	public ProblemDetail draftExists(DraftExists e) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "초안이 이미 있습니다",
				"If-None-Match: * 는 초안이 없을 때만 새로 만듭니다. 이 계획에는 " + e.current.updatedBy() + "님이 "
						+ PlanFormat.time(e.current.updatedAt()) + "에 저장한 초안이 있습니다(ETag " + e.current.etag()
						+ "). 아무것도 저장되지 않았습니다. 그 초안을 고치려면 GET …/draft 응답의 ETag를 If-Match로 보내세요.");
		problem.setProperty("currentETag", e.current.etag());
		return problem;
	}

	@ExceptionHandler(PreconditionRequired.class)
	public ProblemDetail preconditionRequired(PreconditionRequired e) {
		ProblemDetail problem = problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match 필요",
				(e.wildcard ? "If-Match: * 로는 저장할 수 없습니다: 그 사이 다른 사람이 저장한 내용을 덮어쓸 수 있기 때문입니다. " : "")
						+ "초안을 저장하려면 If-Match 헤더에 GET …/draft 응답의 ETag를 보내야 합니다 (새 초안은 If-None-Match: *). "
						+ "아무것도 저장되지 않았습니다.");
		problem.setProperty("errors", List.of(new FieldProblem("If-Match",
				"GET …/draft 응답의 ETag를 보내세요.")));
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
