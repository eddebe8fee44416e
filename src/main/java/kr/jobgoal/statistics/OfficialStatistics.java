package kr.jobgoal.statistics;

import java.util.List;
import java.util.Optional;

import kr.jobgoal.shared.Period;

/**
 * The statistics module's API for other modules: the official (published) value of an indicator for a
 * government, e.g. to set a plan's targets against the actual figures and draw trend charts. Values are
 * real published figures only, each with its source and the release it was imported from.
 */
public interface OfficialStatistics {

	/** The value for exactly this period; empty when none was published or imported. */
	Optional<OfficialValue> value(long governmentId, Indicator indicator, Period period);

	/** Every value of the indicator for the government, oldest period first (empty when there is none). */
	List<OfficialValue> series(long governmentId, Indicator indicator);

	/** Every value of every indicator for the government, in one query, oldest period first. */
	List<OfficialValue> series(long governmentId);

	/** Every government's value of the indicator for exactly this period, in one query (empty when there is none). */
	List<OfficialValue> values(Indicator indicator, Period period);
}
