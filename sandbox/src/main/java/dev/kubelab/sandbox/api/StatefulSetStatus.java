package dev.kubelab.sandbox.api;

/** status of a StatefulSet: its counters, the current and update revisions (name-hash), collisionCount. */
public record StatefulSetStatus(long observedGeneration, int replicas, int readyReplicas, int currentReplicas,
                                int updatedReplicas, int availableReplicas, String currentRevision,
                                String updateRevision, Integer collisionCount) {
    public static final StatefulSetStatus EMPTY = new StatefulSetStatus(0, 0, 0, 0, 0, 0, null, null, null);
}
