package dev.kubelab.sandbox.api;

import java.util.List;

/**
 * The replica counters Deployment, ReplicaSet and DaemonSet report (DaemonSet: desired/current scheduled),
 * plus observedGeneration and (Deployment) conditions.
 */
public record WorkloadStatus(int replicas, int readyReplicas, int updatedReplicas, int availableReplicas,
                             long observedGeneration, List<WorkloadCondition> conditions) {
    public WorkloadStatus {
        conditions = List.copyOf(conditions);
    }

    /** The original shape. */
    public WorkloadStatus(int replicas, int readyReplicas, int updatedReplicas, int availableReplicas) {
        this(replicas, readyReplicas, updatedReplicas, availableReplicas, 0, List.of());
    }

    public static final WorkloadStatus EMPTY = new WorkloadStatus(0, 0, 0, 0);

    public WorkloadCondition condition(String type) {
        return conditions.stream().filter(c -> c.type().equals(type)).findFirst().orElse(null);
    }
}
