package kr.jobgoal.plan.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.calendar.Deadlines;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.Role;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanRefusedException;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.PlanValidator;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.plan.store.AmendmentApprovalRepository.Approval;
import kr.jobgoal.plan.store.AmendmentApprovalRepository;
import kr.jobgoal.plan.store.PlanVersionRepository;
import kr.jobgoal.shared.TextRule;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A disclosed annual plan is amended only until the year's results are due: after that the results have been
 * measured against it, and a new version would silently re-measure them (and could put the government on the
 * overdue list). Past that date the ministry administrator may record an approval, with its reason, that allows
 * one more version; disclosing that version uses it up. A first plan for the year is not an amendment and
 * stays possible. Approvals are audited and, at the database level, history (V3_3).
 */
@Service
@Transactional
public class LateAmendments {

	public static final String AUDIT = "plan.amendmentApproval";

	/**
	 * Where a plan stands: whether its results are past due, and the approvals given for it.
	 *
	 * @param mayApprove whether the signed-in user may record an approval now
	 */
	public record Status(String year, LocalDate resultsDue, boolean pastDue, List<Approval> approvals,
			boolean mayApprove) {

		/** The approval waiting to be used, or null. */
		public Approval open() {
			return approvals.stream().filter(Approval::open).findFirst().orElse(null);
		}
	}

	private final AmendmentApprovalRepository approvals;

	private final PlanVersionRepository plans;

	private final Deadlines deadlines;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final Clock clock;

	public LateAmendments(AmendmentApprovalRepository approvals, PlanVersionRepository plans, Deadlines deadlines,
			CurrentUsers users, AuditLog audit, Clock clock) {
		this.approvals = approvals;
		this.plans = plans;
		this.deadlines = deadlines;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The plan's standing for its pages; empty for a comprehensive plan or one never disclosed. */
	@Transactional(readOnly = true)
	public Optional<Status> status(PlanKey key) {
		if (!key.period().annual()) {
			return Optional.empty();
		}
		// only whether a version was disclosed matters here, not its content
		return plans.findPlanId(key).filter(planId -> plans.nextVersion(planId) > 1).map(planId -> {
			LocalDate due = resultsDue(key);
			boolean pastDue = pastDue(due);
			List<Approval> given = approvals.list(planId);
			boolean admin = users.current().map(u -> u.is(Role.MINISTRY_ADMIN)).orElse(false);
			boolean open = given.stream().anyMatch(Approval::open);
			return new Status(Integer.toString(key.period().value()), due, pastDue, given, admin && pastDue && !open);
		});
	}

	/** Refuses a change to an amendment that is past due and not approved. */
	void requireAmendable(PlanKey key, Optional<StoredVersion> latestDisclosed) {
		if (!key.period().annual() || latestDisclosed.isEmpty()) {
			return;
		}
		LocalDate due = resultsDue(key);
		if (pastDue(due) && approvals.list(latestDisclosed.get().planId()).stream().noneMatch(Approval::open)) {
			throw new PlanRefusedException(new Violation("plan", "plan.error.amendAfterResultsDue",
					Integer.toString(key.period().value()), due.toString()));
		}
	}

	/** After {@code version} was disclosed: a late one uses up its approval (checked before by requireAmendable). */
	void disclosed(PlanKey key, long planId, int version) {
		if (version > 1 && key.period().annual() && pastDue(resultsDue(key)) && approvals.use(planId, version)) {
			audit.record(AUDIT, key.toString(), "use", null, Map.of("version", version));
		}
	}

	/**
	 * Records the ministry administrator's approval of one more version of a plan whose results are past due.
	 * Only the ministry administrator may; the plan must be a disclosed annual plan past its results' due date
	 * with no approval waiting; the reason is required.
	 */
	public void approve(PlanKey key, String reason) {
		CurrentUser user = users.require();
		if (!user.is(Role.MINISTRY_ADMIN)) {
			throw new AccessDeniedException("기한 후 변경은 고용노동부 관리자만 승인할 수 있습니다.");
		}
		StoredVersion latest = (key.period().annual() ? plans.latestDisclosed(key) : Optional.<StoredVersion>empty())
			.orElseThrow(() -> new PlanRefusedException(new Violation("plan", "plan.late.error.notDisclosed")));
		LocalDate due = resultsDue(key);
		if (!pastDue(due)) {
			throw new PlanRefusedException(new Violation("plan", "plan.late.error.notDue",
					Integer.toString(key.period().value()), due.toString()));
		}
		if (approvals.list(latest.planId()).stream().anyMatch(Approval::open)) {
			throw new PlanRefusedException(new Violation("plan", "plan.late.error.open"));
		}
		List<Violation> problems = new ArrayList<>();
		String trimmed = PlanValidator.checkedText("reason", reason, TextRule.Kind.TEXT, PlanValidator.REASON_LENGTH,
				problems);
		if (trimmed == null && problems.isEmpty()) {
			problems.add(new Violation("reason", "plan.late.error.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new PlanValidationException(problems);
		}
		try {
			approvals.insert(latest.planId(), trimmed, user.username(), Instant.now(clock));
		}
		catch (DuplicateKeyException e) {
			// another approval was recorded at the same moment (one open approval per plan, V3_3)
			throw new PlanRefusedException(new Violation("plan", "plan.late.error.open"));
		}
		audit.record(AUDIT, key.toString(), "approve", null,
				Map.of("reason", trimmed, "afterVersion", latest.version()));
	}

	private LocalDate resultsDue(PlanKey key) {
		return deadlines.of(key.period().value()).resultsDue();
	}

	private boolean pastDue(LocalDate due) {
		return LocalDate.now(clock).isAfter(due);
	}
}
