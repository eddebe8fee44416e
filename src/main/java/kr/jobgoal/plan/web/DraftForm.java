package kr.jobgoal.plan.web;

import kr.jobgoal.plan.PlanInput;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.TargetRules;

/** The editor's form: the plan as typed, and the lock version of the draft it was loaded from. */
public class DraftForm extends PlanInput {

	private Integer lockVersion;

	public static DraftForm of(StoredVersion draft) {
		DraftForm form = new DraftForm();
		PlanInput input = PlanInput.of(draft.content());
		form.setJobTargetTotal(input.getJobTargetTotal());
		form.setTargets(input.getTargets());
		form.setStrategies(input.getStrategies());
		form.lockVersion = draft.lockVersion();
		// a plan started from nothing gets a line for each mandatory target to fill in
		if (form.getTargets().isEmpty()) {
			TargetRules.MANDATORY.forEach(indicator -> {
				TargetInput target = new TargetInput();
				target.setIndicator(indicator.name());
				form.getTargets().add(target);
			});
		}
		return form;
	}

	public Integer getLockVersion() {
		return lockVersion;
	}

	public void setLockVersion(Integer lockVersion) {
		this.lockVersion = lockVersion;
	}
}
