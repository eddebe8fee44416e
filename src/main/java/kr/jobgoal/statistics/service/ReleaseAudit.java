package kr.jobgoal.statistics.service;

import kr.jobgoal.statistics.StatisticsRelease;

/** What the audit log keeps of an import: the file, its hash and what it changed. */
record ReleaseAudit(String kind, String fileName, String sha256, int added, int replaced, int unchanged, int excluded) {

	ReleaseAudit(StatisticsRelease release, int added, int replaced, int unchanged, int excluded) {
		this(release.kind().code(), release.fileName(), release.sha256(), added, replaced, unchanged, excluded);
	}
}
