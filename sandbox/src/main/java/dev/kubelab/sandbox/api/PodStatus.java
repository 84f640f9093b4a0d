package dev.kubelab.sandbox.api;

import java.time.Instant;
import java.util.List;

/**
 * phase Pending/Running/Succeeded/Failed/Unknown; reason overrides the STATUS column (e.g. Evicted);
 * podIP/hostIP are null until assigned.
 */
public record PodStatus(String phase, String reason, String hostIP, String podIP, Instant startTime,
                        List<ContainerStatus> containerStatuses) {
    public PodStatus {
        containerStatuses = List.copyOf(containerStatuses);
    }
}
