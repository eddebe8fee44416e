package kr.jobgoal.publicread;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * The data version as the public cache needs it: for each request, from a read that <em>started after the request
 * arrived</em>, so that a change committed through any instance before the request is always seen (what makes two
 * instances on one database correct). Requests that arrive while a read is running wait for the next one and all
 * take its answer: under load one statement serves every request that came in meanwhile, instead of one each
 * (a cached answer spent a fifth of its CPU on this read, most of it taking and returning a pooled connection).
 * Alone, a request reads at once, as before.
 */
@Component
class CoalescedVersionReads {

	private final DataVersions versions;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition readDone = lock.newCondition();

	/** Reads are numbered from 1 as they start; one runs at a time. */
	private long started;

	private boolean reading;

	/** The number of the latest read that answered. */
	private long finished;

	/** The answer of the latest finished read. */
	private DataVersion latest;

	CoalescedVersionReads(DataVersions versions) {
		this.versions = versions;
	}

	DataVersion current() {
		lock.lock();
		try {
			long ticket = started + 1; // the first read to start from now on is recent enough
			while (finished < ticket) {
				if (reading) {
					readDone.awaitUninterruptibly();
					continue;
				}
				long read = ++started;
				reading = true;
				DataVersion answer = null;
				lock.unlock();
				try {
					answer = versions.current();
				}
				finally {
					lock.lock();
					reading = false;
					// a failed read's exception leaves with this request; the waiting ones then start another
					if (answer != null) {
						finished = read;
						latest = answer;
					}
					readDone.signalAll();
				}
			}
			return latest;
		}
		finally {
			lock.unlock();
		}
	}
}
