package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;

/**
 * What a client-computed update (apply, patch) may not decide: every metadata field but labels and annotations
 * comes from the live object; generation moves on when a workload's spec changed, as the registry does.
 */
public final class ServerOwnedFields {
    private ServerOwnedFields() {
    }

    public static KubeObject keep(KubeObject patched, ObjectMeta live, boolean specChanged) {
        Kind kind = patched.kind();
        boolean bump = specChanged && (kind == Kind.DEPLOYMENT || kind == Kind.REPLICASET || kind == Kind.DAEMONSET
                || kind == Kind.REPLICATIONCONTROLLER || kind == Kind.STATEFULSET);
        ObjectMeta p = patched.metadata();
        return patched.withMetadata(new ObjectMeta(live.name(), live.namespace(), live.uid(), live.resourceVersion(),
                live.creationTimestamp(), p.labels(), p.annotations(), live.ownerReferences(),
                live.deletionTimestamp(), live.generateName(), bump ? live.generation() + 1 : live.generation(),
                live.deletionGracePeriodSeconds()));
    }
}
