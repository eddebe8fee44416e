package kr.jobgoal.publicread;

import kr.jobgoal.shared.PublicDataChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/** Moves the data version on whenever public data changes, and once at start-up. */
@Component
class DataVersionBumps {

	private final DataVersions versions;

	private final DataVersionFence fence;

	DataVersionBumps(DataVersions versions, DataVersionFence fence) {
		this.versions = versions;
		this.fence = fence;
	}

	/**
	 * Still inside the changing transaction (it commits or rolls back with it), but as its last statement: the
	 * row lock on the version is then held only for the commit, and always taken after the change's own locks
	 * (audit chain, plan rows), so two changes can never deadlock on it. Outside a transaction it runs at once.
	 * Once committed, the writer waits for every instance to move on before it answers.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PublicDataChanged change) {
		announce(versions.bump());
	}

	/**
	 * Start-up loaders (reference directory, statistics, demo data) may write without announcing it, and a new
	 * release renders other bytes from the same data: a started instance always begins a new version.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		announce(versions.bump());
	}

	private void announce(long version) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			fence.awaitEveryInstance(version);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				fence.awaitEveryInstance(version);
			}
		});
	}
}
