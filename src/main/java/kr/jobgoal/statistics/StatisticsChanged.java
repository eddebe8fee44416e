package kr.jobgoal.statistics;

import kr.jobgoal.shared.PublicDataChanged;

/** Official figures were added or replaced by an import or a shipped reference file. */
public record StatisticsChanged(long releaseId, int added, int replaced) implements PublicDataChanged {
}
