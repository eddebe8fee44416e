package kr.jobgoal.result.service;

import kr.jobgoal.result.store.RollUpRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every roll-up at start-up when a migration asked for it (V5_3 does, for plans and facts written
 * before roll-ups existed). Rebuilding is idempotent: it writes what the plans and facts give, however often
 * it runs. The request is taken in the rebuild's transaction, so of two instances starting at once one
 * rebuilds and the other, waiting for its commit, finds nothing left to do.
 */
@Component
@Order(500)
public class RollUpStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RollUpStartup.class);

	private final RollUpRepository rollUps;

	private final RollUpWriter writer;

	private final TransactionTemplate transactions;

	public RollUpStartup(RollUpRepository rollUps, RollUpWriter writer, TransactionTemplate transactions) {
		this.rollUps = rollUps;
		this.writer = writer;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			if (rollUps.takeRebuildRequest()) {
				long started = System.nanoTime();
				for (int year = ResultLookup.FIRST_YEAR; year <= ResultLookup.LAST_YEAR; year++) {
					writer.rebuild(year);
				}
				log.info("추진실적 집계(roll-up) 재계산 ({} ms)", (System.nanoTime() - started) / 1_000_000);
			}
		});
	}
}
