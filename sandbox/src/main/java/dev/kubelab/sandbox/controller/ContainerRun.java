package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.ContainerState;

import java.time.Instant;

/**
 * The kubelet's memory of one container: where it is in its life, when the next step is due, pull/restart
 * attempts, and the states it reports. Mutable, owned by one PodRun.
 */
final class ContainerRun {
    enum Stage { WAIT_PULL, PULLING, CREATING, PULL_FAILED, PULL_BACKOFF, RUNNING, EXITED, CRASH_BACKOFF, DONE }

    Stage stage = Stage.WAIT_PULL;
    Instant next;
    int pullAttempts;
    int restarts;
    Instant startedAt;
    boolean ready;
    Instant probeNext;
    ContainerState state = ContainerState.waiting("ContainerCreating", null);
    ContainerState lastState = ContainerState.NONE;
    String imageID;
    String containerID;

    ContainerRun(Instant next) {
        this.next = next;
    }

    /** Running since {@code at}, as found (bootstrap pods, or a kubelet that restarted). */
    static ContainerRun adopted(Instant startedAt, int restarts, String imageID) {
        ContainerRun r = new ContainerRun(null);
        r.stage = Stage.RUNNING;
        r.startedAt = startedAt;
        r.restarts = restarts;
        r.ready = true;
        r.state = ContainerState.runningSince(startedAt);
        r.imageID = imageID;
        return r;
    }

    /** Ready since it started (no probe delay involved), so the Ready time is its start. */
    boolean readinessFromStart() {
        return ready && restarts == 0 && probeNext == null;
    }

    /** Back-off before attempt n (n ≥ 1): 10s, 20s, 40s … capped at 5 minutes, as the kubelet doubles it. */
    static long backoffSeconds(int n) {
        long s = 10L << Math.min(Math.max(n - 1, 0), 5);
        return Math.min(s, 300);
    }
}
