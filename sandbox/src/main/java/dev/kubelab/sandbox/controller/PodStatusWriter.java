package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.api.PodStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The status the kubelet reports from its container runs: phase, container statuses, pod conditions. */
final class PodStatusWriter {
    private PodStatusWriter() {
    }

    static PodStatus status(Pod pod, PodRun run, Instant now) {
        List<ContainerStatus> statuses = new ArrayList<>();
        boolean allStarted = true;
        boolean allReady = true;
        boolean allDone = true;
        boolean anyFailed = false;
        for (int i = 0; i < pod.spec().containers().size(); i++) {
            Container c = pod.spec().containers().get(i);
            ContainerRun r = run.containers.get(i);
            statuses.add(new ContainerStatus(c.name(), c.image(), r.ready, r.restarts, r.state, r.lastState,
                    r.state.running() != null, r.imageID, r.containerID));
            allStarted &= r.startedAt != null;
            allReady &= r.ready;
            allDone &= r.stage == ContainerRun.Stage.DONE;
            anyFailed |= r.stage == ContainerRun.Stage.DONE && r.state.terminated() != null
                    && r.state.terminated().exitCode() != 0;
        }
        String phase = allDone ? (anyFailed ? "Failed" : "Succeeded") : allStarted ? "Running" : "Pending";
        List<PodCondition> conditions = List.of(
                keep(pod, "PodReadyToStartContainers", true, run.admittedAt),
                keep(pod, "Initialized", true, run.admittedAt),
                keep(pod, "Ready", allReady, readyAt(run, allReady, now)),
                keep(pod, "ContainersReady", allReady, readyAt(run, allReady, now)),
                keep(pod, "PodScheduled", true, run.admittedAt));
        PodStatus s = pod.status();
        return new PodStatus(phase, s.reason(), s.hostIP(), s.podIP(), s.startTime() == null ? run.admittedAt
                : s.startTime(), statuses, conditions, s.message());
    }

    /** Adopted, long-running pods became ready when their last container started. */
    private static Instant readyAt(PodRun run, boolean ready, Instant now) {
        Instant latest = null;
        for (ContainerRun r : run.containers) {
            if (r.startedAt != null && r.next == null && r.probeNext == null
                    && (latest == null || r.startedAt.isAfter(latest))) {
                latest = r.startedAt;
            }
        }
        return ready && latest != null && run.containers.stream().allMatch(r -> r.readinessFromStart())
                ? latest : now;
    }

    private static PodCondition keep(Pod pod, String type, boolean status, Instant at) {
        String value = status ? "True" : "False";
        for (PodCondition c : pod.status().conditions()) {
            if (c.type().equals(type) && c.status().equals(value)) {
                return c;
            }
        }
        String reason = status || type.equals("PodReadyToStartContainers") ? null : "ContainersNotReady";
        return new PodCondition(type, value, at, reason, null);
    }
}
