package dev.kubelab.sandbox.controller;

import java.time.Instant;

/**
 * One control loop: compares desired and observed state in the store and writes the difference. Level
 * triggered (it looks at the whole store), so running it again when nothing changed writes nothing.
 */
public interface Controller {
    void reconcile(Instant now);

    /** When this controller next has timed work even if nothing changes (null = only on changes). */
    default Instant nextWakeup() {
        return null;
    }
}
