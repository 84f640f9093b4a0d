package dev.kubelab.sandbox.api;

/** spec.updateStrategy of a StatefulSet: RollingUpdate with rollingUpdate.partition, or OnDelete (partition null). */
public record StatefulSetUpdateStrategy(String type, Integer partition) {
    /** What the API server fills in: RollingUpdate, partition 0. */
    public static final StatefulSetUpdateStrategy DEFAULT = new StatefulSetUpdateStrategy("RollingUpdate", 0);
}
