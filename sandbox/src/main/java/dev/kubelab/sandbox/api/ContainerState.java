package dev.kubelab.sandbox.api;

import java.time.Instant;

/** Exactly one of the three is set, as in Kubernetes (all null = no state, e.g. an empty lastState). */
public record ContainerState(Running running, Waiting waiting, Terminated terminated) {
    public record Running(Instant startedAt) {}

    /** reason e.g. ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff; message may be null. */
    public record Waiting(String reason, String message) {
        public Waiting(String reason) {
            this(reason, null);
        }
    }

    /** reason Completed/Error; startedAt/finishedAt may be null (unknown). */
    public record Terminated(String reason, int exitCode, int signal, Instant startedAt, Instant finishedAt) {
        public Terminated(String reason, int exitCode, int signal) {
            this(reason, exitCode, signal, null, null);
        }
    }

    public static final ContainerState NONE = new ContainerState(null, null, null);

    public static ContainerState runningSince(Instant startedAt) {
        return new ContainerState(new Running(startedAt), null, null);
    }

    public static ContainerState waiting(String reason, String message) {
        return new ContainerState(null, new Waiting(reason, message), null);
    }

    public static ContainerState terminated(String reason, int exitCode, Instant startedAt, Instant finishedAt) {
        return new ContainerState(null, null, new Terminated(reason, exitCode, 0, startedAt, finishedAt));
    }
}
