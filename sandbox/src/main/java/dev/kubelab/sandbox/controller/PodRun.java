package dev.kubelab.sandbox.controller;

import java.time.Instant;
import java.util.List;

/** The kubelet's memory of one pod: its containers' runs and whether the Killing events went out. */
final class PodRun {
    final List<ContainerRun> containers;
    final Instant admittedAt;
    boolean killed;
    /** When a terminating pod's processes are gone (set once Killing went out). */
    Instant stopAt;

    PodRun(List<ContainerRun> containers, Instant admittedAt) {
        this.containers = containers;
        this.admittedAt = admittedAt;
    }
}
