package dev.kubelab.sandbox.api;

import java.time.Instant;
import java.util.List;

/**
 * phase Pending/Running/Succeeded/Failed/Unknown; reason overrides the STATUS column (e.g. Evicted);
 * podIP/hostIP are null until assigned; conditions as the kubelet and scheduler report them.
 */
public record PodStatus(String phase, String reason, String hostIP, String podIP, Instant startTime,
                        List<ContainerStatus> containerStatuses, List<PodCondition> conditions, String message) {
    public PodStatus {
        containerStatuses = List.copyOf(containerStatuses);
        conditions = List.copyOf(conditions);
    }

    /** The original shape: no conditions, no message. */
    public PodStatus(String phase, String reason, String hostIP, String podIP, Instant startTime,
                     List<ContainerStatus> containerStatuses) {
        this(phase, reason, hostIP, podIP, startTime, containerStatuses, List.of(), null);
    }

    public static PodStatus pending() {
        return new PodStatus("Pending", null, null, null, null, List.of());
    }

    public PodStatus withConditions(List<PodCondition> newConditions) {
        return new PodStatus(phase, reason, hostIP, podIP, startTime, containerStatuses, newConditions, message);
    }
}
