package kr.jobgoal.statistics.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.statistics.IncomingValue;
import kr.jobgoal.statistics.StatisticsChanged;
import kr.jobgoal.statistics.StatisticsRelease;
import kr.jobgoal.statistics.ValueKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores incoming values by difference: a value equal to the stored one is left alone (with its original
 * source and release), so importing the same figures again changes nothing.
 */
@Component
public class StatisticsWriter {

	/** What makes an incoming value differ from the stored one. */
	public enum Comparison {
		/** The figure (numerically) and its unit: a Jobgoal CSV has no RSE marks, so stored marks stay. */
		FIGURE,
		/** The figure, its unit and the RSE mark: a KOSIS export publishes the marks with the figures. */
		FIGURE_AND_RSE_FLAG,
		/** Everything as written, scale and source included: the shipped reference files are the truth. */
		EVERYTHING;

		boolean same(StoredValue stored, IncomingValue incoming) {
			return switch (this) {
				case FIGURE -> sameFigure(stored, incoming);
				case FIGURE_AND_RSE_FLAG -> sameFigure(stored, incoming) && Objects.equals(stored.rseFlag(), incoming.rseFlag());
				case EVERYTHING -> stored.value().equals(incoming.value()) && stored.unit().equals(incoming.unit())
						&& stored.source().equals(incoming.source()) && Objects.equals(stored.rseFlag(), incoming.rseFlag());
			};
		}

		private static boolean sameFigure(StoredValue stored, IncomingValue incoming) {
			return stored.value().compareTo(incoming.value()) == 0 && stored.unit().equals(incoming.unit());
		}
	}

	/** A value that was added ({@code before} null) or replaced. */
	public record Change(IncomingValue after, StoredValue before) {

		/** Records the change in the audit log, with the value before it for a replacement. */
		public void audit(AuditLog auditLog, long releaseId) {
			auditLog.record("statistics.value", after.key().auditId(), before == null ? "create" : "update",
					before == null ? null : ValueAudit.of(after.key(), before), ValueAudit.of(after, releaseId));
		}
	}

	public record Applied(List<Change> added, List<Change> replaced, int unchanged) {
	}

	private final StatisticsRepository repository;

	private final ApplicationEventPublisher events;

	StatisticsWriter(StatisticsRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	/** Must run in the caller's transaction, so that a failure leaves nothing applied. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Applied apply(List<IncomingValue> incoming, StatisticsRelease release, Comparison comparison) {
		Map<ValueKey, StoredValue> stored = repository.stored(incoming.stream().map(IncomingValue::key).toList());
		List<Change> added = new ArrayList<>();
		List<Change> replaced = new ArrayList<>();
		int unchanged = 0;
		for (IncomingValue value : incoming) {
			StoredValue before = stored.get(value.key());
			if (before == null) {
				added.add(new Change(value, null));
			}
			else if (comparison.same(before, value)) {
				unchanged++;
			}
			else {
				replaced.add(new Change(value, before));
			}
		}
		repository.insert(added.stream().map(Change::after).toList(), release.id());
		repository.update(replaced.stream().map(Change::after).toList(), release.id());
		if (!added.isEmpty() || !replaced.isEmpty()) {
			events.publishEvent(new StatisticsChanged(release.id(), added.size(), replaced.size()));
		}
		return new Applied(added, replaced, unchanged);
	}
}
