package dev.kubelab.sandbox.api;

/**
 * spec.updateStrategy of a DaemonSet: RollingUpdate (maxUnavailable, maxSurge: ints or "10%") or OnDelete (both
 * null: a changed template reaches a node only when its pod is deleted).
 */
public record DaemonSetUpdateStrategy(String type, IntOrString maxUnavailable, IntOrString maxSurge) {
    /** What the API server fills in: one node at a time, no surge. */
    public static final DaemonSetUpdateStrategy DEFAULT =
            new DaemonSetUpdateStrategy("RollingUpdate", IntOrString.of(1), IntOrString.of(0));

    public boolean onDelete() {
        return "OnDelete".equals(type);
    }
}
