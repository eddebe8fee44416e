package kr.jobgoal.demo;

import kr.jobgoal.shared.PublicDataChanged;

/** The demo data set was removed: published in the transaction that removes it, so caches drop it. */
public record DemoDataRemoved(int plans, int facts, int accounts) implements PublicDataChanged {
}
