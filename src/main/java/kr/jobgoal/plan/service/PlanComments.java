package kr.jobgoal.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.PlanValidator;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.plan.store.PlanCommentRepository;
import kr.jobgoal.plan.store.PlanVersionRepository;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.TextRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a plan's current draft: the provincial reviewer of the parent province and the ministry comment,
 * the officer replies. Whoever may read the draft may comment; every comment is audited.
 */
@Service
@Transactional
public class PlanComments {

	public static final int COMMENT_LENGTH = 2000;

	private final PlanVersionRepository versions;

	private final PlanCommentRepository comments;

	private final GovernmentAccess access;

	private final CurrentUsers users;

	private final AuditLog audit;

	public PlanComments(PlanVersionRepository versions, PlanCommentRepository comments, GovernmentAccess access,
			CurrentUsers users, AuditLog audit) {
		this.versions = versions;
		this.comments = comments;
		this.access = access;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<PlanCommentRepository.Comment> comments(PlanKey key) {
		access.requireReadDrafts(users.require(), key.governmentId());
		Optional<Long> planId = versions.findPlanId(key);
		if (planId.isEmpty()) {
			return List.of();
		}
		return comments.comments(planId.get(), versions.draft(key, false).map(StoredVersion::id).orElse(null));
	}

	/** A comment on the current draft by whoever may read it (the reviewer, the officer replying, the ministry). */
	public void comment(PlanKey key, String body) {
		CurrentUser user = users.require();
		access.requireReadDrafts(user, key.governmentId());
		List<Violation> problems = new ArrayList<>();
		String text = PlanValidator.checkedText("body", body, TextRule.Kind.TEXT, COMMENT_LENGTH, problems);
		if (text == null) {
			throw new PlanValidationException(problems.isEmpty() ? List.of(new Violation("body", "plan.error.required"))
					: problems);
		}
		StoredVersion draft = versions.draft(key, false)
			.orElseThrow(() -> new NotFoundException("의견을 남길 초안이 없습니다."));
		comments.addComment(draft.planId(), draft.id(), user.username(), user.displayName(), text);
		audit.record("plan.comment", key.toString(), "create", null, Map.of("body", text));
	}
}
