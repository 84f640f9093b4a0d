package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;

import java.time.Instant;
import java.util.Comparator;

/**
 * Which pods a ReplicaSet removes first on scale-down (controller_utils.go ActivePods ordering): unscheduled
 * before scheduled, Pending before Unknown before Running, not ready before ready, ready for less time first,
 * more restarts first, newer first.
 */
final class PodDeletionOrder implements Comparator<Pod> {
    static final PodDeletionOrder INSTANCE = new PodDeletionOrder();

    @Override
    public int compare(Pod a, Pod b) {
        int c = Boolean.compare(a.spec().nodeName() != null, b.spec().nodeName() != null);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(phaseRank(a), phaseRank(b));
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(Pods.ready(a), Pods.ready(b));
        if (c != 0) {
            return c;
        }
        Instant ra = Pods.readySince(a);
        Instant rb = Pods.readySince(b);
        if (ra != null && rb != null && !ra.equals(rb)) {
            return rb.compareTo(ra);
        }
        c = Integer.compare(restarts(b), restarts(a));
        if (c != 0) {
            return c;
        }
        c = b.metadata().creationTimestamp().compareTo(a.metadata().creationTimestamp());
        return c != 0 ? c : a.metadata().name().compareTo(b.metadata().name());
    }

    private static int phaseRank(Pod p) {
        String phase = p.status().phase();
        return "Pending".equals(phase) ? 0 : "Unknown".equals(phase) ? 1 : 2;
    }

    private static int restarts(Pod p) {
        return p.status().containerStatuses().stream().mapToInt(ContainerStatus::restartCount).max().orElse(0);
    }
}
