package kr.jobgoal.shared;

/**
 * An application event announcing that something citizens can read changed: a plan disclosed, result facts
 * appended or corrected, statistics imported, the directory reloaded, an evaluation confirmed, demo data
 * removed. Each module publishes its own event type implementing this interface, inside the transaction
 * that makes the change; whatever keeps public reads fast (cached responses, roll-ups) listens to this one
 * type and so needs to know no module.
 */
public interface PublicDataChanged {
}
