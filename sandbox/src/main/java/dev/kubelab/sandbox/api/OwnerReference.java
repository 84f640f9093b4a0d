package dev.kubelab.sandbox.api;

/**
 * metadata.ownerReferences[]: controller=true for the managing controller; blockOwnerDeletion is what
 * controllers set alongside it (true for ReplicaSet/Deployment/DaemonSet-created objects).
 */
public record OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller,
                             boolean blockOwnerDeletion) {
    /** The original shape: blockOwnerDeletion follows controller, as every built-in controller sets it. */
    public OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller) {
        this(apiVersion, kind, name, uid, controller, controller);
    }
}
