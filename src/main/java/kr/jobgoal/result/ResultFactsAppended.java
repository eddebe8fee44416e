package kr.jobgoal.result;

import kr.jobgoal.shared.PublicDataChanged;

/** Result facts (or their evidence) were appended for a government's year, corrections included. */
public record ResultFactsAppended(long governmentId, int year, int facts) implements PublicDataChanged {
}
