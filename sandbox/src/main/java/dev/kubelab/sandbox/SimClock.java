package dev.kubelab.sandbox;

import java.time.Instant;

/** The sandbox's notion of "now". Injected so that tests (and replays) are deterministic. */
@FunctionalInterface
public interface SimClock {
    Instant now();
}
