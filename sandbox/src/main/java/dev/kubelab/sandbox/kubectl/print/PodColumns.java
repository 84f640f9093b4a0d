package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printPod: NAME READY STATUS RESTARTS AGE [+ IP NODE NOMINATED NODE READINESS GATES]. */
public final class PodColumns implements ColumnSet<Pod> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "READY", "STATUS", "RESTARTS", "AGE"));
        if (wide) {
            h.addAll(List.of("IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
        }
        return h;
    }

    @Override
    public List<String> row(Pod pod, Instant now, boolean wide) {
        List<String> r = new ArrayList<>(List.of(pod.metadata().name(), ready(pod), status(pod),
                restarts(pod, now), ColumnSet.age(pod.metadata().creationTimestamp(), now)));
        if (wide) {
            r.add(pod.status().podIP() == null ? "<none>" : pod.status().podIP());
            r.add(pod.spec().nodeName() == null ? "<none>" : pod.spec().nodeName());
            r.add("<none>");
            r.add("<none>");
        }
        return r;
    }

    /** The restarts of all containers, with how long ago the latest one ended ("2 (5s ago)") once known. */
    static String restarts(Pod pod, Instant now) {
        int restarts = 0;
        Instant last = null;
        for (ContainerStatus s : pod.status().containerStatuses()) {
            restarts += s.restartCount();
            var ended = s.lastState().terminated();
            if (ended != null && ended.finishedAt() != null && (last == null || ended.finishedAt().isAfter(last))) {
                last = ended.finishedAt();
            }
        }
        return restarts == 0 || last == null ? Integer.toString(restarts)
                : restarts + " (" + ColumnSet.age(last, now) + " ago)";
    }

    /** "ready/total" containers. */
    public static String ready(Pod pod) {
        long ready = pod.status().containerStatuses().stream().filter(ContainerStatus::ready).count();
        return ready + "/" + pod.spec().containers().size();
    }

    /** The STATUS cell: phase, overridden by status.reason, a container's waiting/terminated reason, Terminating. */
    public static String status(Pod pod) {
        String reason = pod.status().reason() != null ? pod.status().reason() : pod.status().phase();
        List<ContainerStatus> statuses = pod.status().containerStatuses();
        boolean hasRunning = false;
        for (int i = statuses.size() - 1; i >= 0; i--) {
            var state = statuses.get(i).state();
            if (state.waiting() != null && state.waiting().reason() != null) {
                reason = state.waiting().reason();
            } else if (state.terminated() != null) {
                var t = state.terminated();
                if (t.reason() != null) {
                    reason = t.reason();
                } else if (t.signal() != 0) {
                    reason = "Signal:" + t.signal();
                } else {
                    reason = "ExitCode:" + t.exitCode();
                }
            } else if (state.running() != null && statuses.get(i).ready()) {
                hasRunning = true;
            }
        }
        if ("Completed".equals(reason) && hasRunning) {
            reason = "Running";
        }
        if (pod.metadata().deletionTimestamp() != null) {
            reason = "NodeLost".equals(pod.status().reason()) ? "Unknown" : "Terminating";
        }
        return reason;
    }
}
