package dev.kubelab.sandbox.api;

import java.time.Instant;

/** Exactly one of the three is set, as in Kubernetes. */
public record ContainerState(Running running, Waiting waiting, Terminated terminated) {

    public record Running(Instant startedAt) {}

    public record Waiting(String reason) {}

    public record Terminated(String reason, int exitCode, int signal) {}

    public static ContainerState runningSince(Instant startedAt) {
        return new ContainerState(new Running(startedAt), null, null);
    }
}
