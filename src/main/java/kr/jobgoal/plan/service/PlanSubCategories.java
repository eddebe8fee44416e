package kr.jobgoal.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.PlanValidator;
import kr.jobgoal.plan.ProgramType;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.plan.store.SubCategoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's own sub-categories (세부 분류) of programs, each under one program type: read by whoever
 * edits or reviews its plans, changed by its own officers, every change audited.
 */
@Service
@Transactional
public class PlanSubCategories {

	private final SubCategoryRepository subCategories;

	private final GovernmentAccess access;

	private final CurrentUsers users;

	private final AuditLog audit;

	public PlanSubCategories(SubCategoryRepository subCategories, GovernmentAccess access, CurrentUsers users, AuditLog audit) {
		this.subCategories = subCategories;
		this.access = access;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Map<String, ProgramType> subCategories(long governmentId) {
		return subCategories.subCategories(governmentId);
	}

	public void addSubCategory(long governmentId, String name, String type) {
		access.requireEdit(users.require(), governmentId);
		List<Violation> problems = new ArrayList<>();
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			problems.add(new Violation("name", "plan.error.required"));
		}
		else if (trimmed.length() > PlanValidator.SUB_CATEGORY_LENGTH) {
			problems.add(new Violation("name", "plan.error.length", Integer.toString(PlanValidator.SUB_CATEGORY_LENGTH)));
		}
		ProgramType programType = null;
		try {
			programType = type == null ? null : ProgramType.valueOf(type);
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (programType == null) {
			problems.add(new Violation("type", "plan.error.required"));
		}
		if (!problems.isEmpty()) {
			throw new PlanValidationException(problems);
		}
		Map<String, ProgramType> before = subCategories.subCategories(governmentId);
		subCategories.addSubCategory(governmentId, trimmed, programType, false);
		audit.record("plan.subCategory", governmentId + "/" + trimmed, before.containsKey(trimmed) ? "update" : "create",
				before.containsKey(trimmed) ? Map.of("type", before.get(trimmed).name()) : null,
				Map.of("type", programType.name()));
	}

	public void removeSubCategory(long governmentId, String name) {
		access.requireEdit(users.require(), governmentId);
		Map<String, ProgramType> before = subCategories.subCategories(governmentId);
		if (subCategories.removeSubCategory(governmentId, name)) {
			audit.record("plan.subCategory", governmentId + "/" + name, "delete", Map.of("type", before.get(name).name()),
					null);
		}
	}
}
