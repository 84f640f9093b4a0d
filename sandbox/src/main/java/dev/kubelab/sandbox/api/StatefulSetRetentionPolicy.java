package dev.kubelab.sandbox.api;

/** spec.persistentVolumeClaimRetentionPolicy (StatefulSetAutoDeletePVC, on by default): Retain or Delete. */
public record StatefulSetRetentionPolicy(String whenDeleted, String whenScaled) {
    public static final StatefulSetRetentionPolicy DEFAULT = new StatefulSetRetentionPolicy("Retain", "Retain");
}
