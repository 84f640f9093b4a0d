package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ReplicaSet;

/** ReplicaSet → pods: creates or deletes pods until spec.replicas active pods exist, and reports status. */
final class ReplicaSetController extends ReplicaSync<ReplicaSet> {
    ReplicaSetController(ControllerContext ctx) {
        super(ctx, ReplicaSet.class, Kind.REPLICASET);
    }
}
