package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * One control loop: compares desired and observed state in the store and writes the difference. Level
 * triggered (it looks at the whole store), so running it again when nothing changed writes nothing.
 */
public interface Controller {
    void reconcile(Instant now);

    /**
     * The kinds whose objects decide what this loop writes. The manager skips the loop while none of them
     * changed and no timed work is due (like an informer that has no new events), so a loop must name every
     * kind it reads to decide — not ones it only reads to avoid duplicates (Events it records, free names).
     */
    default Set<Kind> reads() {
        return EnumSet.allOf(Kind.class);
    }

    /** When this controller next has timed work even if nothing changes (null = only on changes). */
    default Instant nextWakeup() {
        return null;
    }
}
