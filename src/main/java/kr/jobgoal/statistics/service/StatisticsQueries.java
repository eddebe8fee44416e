package kr.jobgoal.statistics.service;

import java.util.List;

import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.OfficialValue;
import kr.jobgoal.statistics.store.StatisticsRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the statistics API and the import page read: values by any filter, and the latest imports. */
@Service
@Transactional(readOnly = true)
public class StatisticsQueries {

	private final StatisticsRepository repository;

	StatisticsQueries(StatisticsRepository repository) {
		this.repository = repository;
	}

	/** The current values matching every filter given (null: any). */
	public List<OfficialValue> find(Indicator indicator, Period period, Long governmentId) {
		return repository.find(indicator, period, governmentId);
	}

	/** The latest imports, newest first, each with how many of its values are still current. */
	public List<StatisticsRepository.ReleaseSummary> recentReleases(int limit) {
		return repository.recentReleases(limit);
	}
}
