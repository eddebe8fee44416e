package kr.jobgoal.demo;

import java.time.Duration;

import kr.jobgoal.evaluation.DemoEvaluationRemoval;
import kr.jobgoal.identity.DemoAccountRemoval;
import kr.jobgoal.plan.DemoPlanRemoval;
import kr.jobgoal.result.DemoResultRemoval;
import kr.jobgoal.shared.PublicDataChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Whether any demo data is stored, asked by every request (banner, response header) and so kept in memory:
 * read again after this instance commits any public change ({@link PublicDataChanged}, the removal
 * included), and otherwise at most every {@link #RECHECK}, so that a removal made by another instance on
 * the same database shows here within that time. A read is four index probes.
 */
@Component("demoPresence")
public class DemoPresence {

	static final Duration RECHECK = Duration.ofSeconds(10);

	private record Reading(boolean present, long readAt) {
	}

	private final DemoEvaluationRemoval evaluations;

	private final DemoPlanRemoval plans;

	private final DemoResultRemoval results;

	private final DemoAccountRemoval accounts;

	private volatile Reading reading;

	DemoPresence(DemoEvaluationRemoval evaluations, DemoPlanRemoval plans, DemoResultRemoval results, DemoAccountRemoval accounts) {
		this.evaluations = evaluations;
		this.plans = plans;
		this.results = results;
		this.accounts = accounts;
	}

	/** Whether demo award years, plans, facts or accounts are stored (as of a few seconds at most). */
	public boolean present() {
		Reading last = reading;
		long now = System.nanoTime();
		if (last == null || now - last.readAt() > RECHECK.toNanos()) {
			last = new Reading(evaluations.any() || plans.any() || results.any() || accounts.any(), now);
			reading = last;
		}
		return last.present();
	}

	/** After commit (or at once, outside a transaction): the next request reads again. */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(PublicDataChanged event) {
		reading = null;
	}
}
