package kr.jobgoal.result;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.region.Government;

/** The result module's API for other modules: results against disclosed annual plans, and the facts behind them. */
public interface Results {

	/** The government's results for the year; empty when it has no disclosed annual plan for the year. */
	public Optional<AnnualResults> annual(long governmentId, int year);

	/** The same for a government already looked up as it was in the year (saves the directory a query). */
	public Optional<AnnualResults> annual(Government government, int year);

	/**
	 * Every government's stored roll-up for the year (plan version, job target, jobs created, last recording), by
	 * government id: one query, kept current in the transaction of every disclosure and fact.
	 */
	public Map<Long, AnnualRollUp> rollUps(int year);

	/** The plan's headline targets against the actual values for the results' year. */
	public List<IndicatorResult> indicators(AnnualResults results);

	/** Every fact of the government's year, superseded ones included, in the order recorded. */
	public List<ResultFact> facts(long governmentId, int year);
}
