package kr.jobgoal.publicread;

import java.time.Instant;

/** The version of everything citizens can read, and when it last changed (whole seconds, one per version). */
record DataVersion(long number, Instant changedAt) {
}
