package kr.jobgoal.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.jobgoal.evaluation.DemoEvaluationRemoval;
import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.DemoAccountRemoval;
import kr.jobgoal.identity.Role;
import kr.jobgoal.plan.DemoPlanRemoval;
import kr.jobgoal.result.DemoResultRemoval;
import kr.jobgoal.shared.DemoMode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes the whole demo data set in one transaction: award years (evaluated on demo plans and results), then results (they
 * refer to plans' programs), then plans, then the demo accounts, each by its own module; the reference data (directory, statistics) and all
 * real data stay. The removal is audited (the audit log itself keeps everything, demo entries too),
 * remembered so that no later start-up generates demo data again, and announced as {@link DemoDataRemoved}.
 */
@Service
class DemoRemoval {

	static final String COMMAND_ACTOR = "system";

	/** What one removal took away. */
	record Removed(int awardYears, DemoPlanRemoval.Removed plans, DemoResultRemoval.Removed results,
			DemoAccountRemoval.Removed accounts) {

		boolean nothing() {
			return awardYears == 0 && plans.plans() == 0 && plans.subCategories() == 0 && results.facts() == 0
					&& accounts.accounts().isEmpty();
		}
	}

	private final DemoEvaluationRemoval evaluations;

	private final DemoPlanRemoval plans;

	private final DemoResultRemoval results;

	private final DemoAccountRemoval accounts;

	private final DemoMode demoMode;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	DemoRemoval(DemoEvaluationRemoval evaluations, DemoPlanRemoval plans, DemoResultRemoval results, DemoAccountRemoval accounts, DemoMode demoMode,
			AuditLog audit, ApplicationEventPublisher events) {
		this.evaluations = evaluations;
		this.plans = plans;
		this.results = results;
		this.accounts = accounts;
		this.demoMode = demoMode;
		this.audit = audit;
		this.events = events;
	}

	/** The administrator's removal (the page). */
	@Transactional
	Removed removeAs(CurrentUser user) {
		if (!user.is(Role.MINISTRY_ADMIN)) {
			throw new AccessDeniedException("데모 자료는 고용노동부 관리자만 지울 수 있습니다.");
		}
		return remove(user.username());
	}

	/** The operator's removal ({@code --jobgoal.demo.remove}), who has the server and so the database. */
	@Transactional
	Removed removeByCommand() {
		return remove(COMMAND_ACTOR);
	}

	private Removed remove(String actor) {
		// award years first: their snapshot names the demo plans' results
		Removed removed = new Removed(evaluations.remove(), plans.remove(), results.remove(), accounts.remove());
		demoMode.rememberRemoval(actor);
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("awardYears", removed.awardYears());
		what.put("plans", removed.plans().plans());
		what.put("planVersions", removed.plans().versions());
		what.put("subCategories", removed.plans().subCategories());
		what.put("facts", removed.results().facts());
		what.put("evidence", removed.results().evidence());
		what.put("accounts", removed.accounts().accounts());
		what.put("apiTokens", removed.accounts().tokens());
		what.put("sessions", removed.accounts().sessions());
		audit.record("demo", "demo-data", "demo-remove", what, null);
		events.publishEvent(new DemoDataRemoved(removed.plans().plans(), removed.results().facts(),
				removed.accounts().accounts().size()));
		return removed;
	}
}
