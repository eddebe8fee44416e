package kr.jobgoal.region;

import kr.jobgoal.shared.PublicDataChanged;

/** The directory of governments changed (reference data reloaded with new or changed codes). */
public record DirectoryReloaded(int changedCodes) implements PublicDataChanged {
}
