package kr.jobgoal.evaluation;

import kr.jobgoal.shared.PublicDataChanged;

/**
 * An award year's evaluation was confirmed: its rankings and awards are now frozen and public, so cached
 * public answers (awards, rankings, government pages) must be read again.
 */
public record EvaluationConfirmed(int year, int awards) implements PublicDataChanged {
}
