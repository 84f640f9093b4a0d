package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicationController;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.StatefulSet;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The garbage collector (background propagation): an object whose owners are all gone (by uid) is deleted —
 * ReplicaSets of a deleted Deployment, then their pods (gracefully), slices of a deleted Service. Objects
 * without ownerReferences (orphaned with --cascade=orphan) stay.
 */
final class GarbageCollector implements Controller {
    private final ControllerContext ctx;

    GarbageCollector(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.REPLICASET, Kind.REPLICATIONCONTROLLER, Kind.STATEFULSET, Kind.POD, Kind.ENDPOINTSLICE,
                Kind.DEPLOYMENT, Kind.DAEMONSET,
                Kind.SERVICE, Kind.NODE);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (ReplicaSet rs : ctx.store().view(ReplicaSet.class, null)) {
            if (orphaned(rs)) {
                ctx.store().delete(rs.kind(), rs.metadata().namespace(), rs.metadata().name());
            }
        }
        for (Pod pod : ctx.store().view(Pod.class, null)) {
            if (orphaned(pod)) {
                Pods.delete(ctx.store(), pod, now, null);
            }
        }
        for (EndpointSlice s : ctx.store().view(EndpointSlice.class, null)) {
            if (orphaned(s)) {
                ctx.store().delete(s.kind(), s.metadata().namespace(), s.metadata().name());
            }
        }
    }

    private boolean orphaned(KubeObject o) {
        List<OwnerReference> owners = o.metadata().ownerReferences();
        if (owners.isEmpty()) {
            return false;
        }
        for (OwnerReference ref : owners) {
            Optional<? extends KubeObject> owner = find(ref, o.metadata().namespace());
            if (owner.isPresent() && owner.get().metadata().uid().equals(ref.uid())) {
                return false;
            }
            if (owner.isEmpty() && unknownKind(ref)) {
                return false; // kinds we do not model are assumed alive
            }
        }
        return true;
    }

    private Optional<? extends KubeObject> find(OwnerReference ref, String namespace) {
        switch (ref.kind()) {
            case "Deployment":
                return ctx.store().get(Deployment.class, namespace, ref.name());
            case "ReplicaSet":
                return ctx.store().get(ReplicaSet.class, namespace, ref.name());
            case "ReplicationController":
                return ctx.store().get(ReplicationController.class, namespace, ref.name());
            case "StatefulSet":
                return ctx.store().get(StatefulSet.class, namespace, ref.name());
            case "DaemonSet":
                return ctx.store().get(DaemonSet.class, namespace, ref.name());
            case "Service":
                return ctx.store().get(Service.class, namespace, ref.name());
            case "Node":
                return ctx.store().get(Node.class, "", ref.name());
            default:
                return Optional.empty();
        }
    }

    private static boolean unknownKind(OwnerReference ref) {
        return !List.of("Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet",
                "Service", "Node").contains(ref.kind());
    }
}
