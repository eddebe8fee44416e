package kr.jobgoal.plan;

import kr.jobgoal.shared.PublicDataChanged;

/** A plan version was disclosed (공시): published in the transaction that freezes it. */
public record PlanDisclosed(long governmentId, PlanPeriod period, int version) implements PublicDataChanged {
}
