package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ReplicationController;

/**
 * ReplicationController → pods (kube-controller-manager's replication manager: the ReplicaSet sync with a
 * label-map selector); its events come from "replication-controller".
 */
final class ReplicationManager extends ReplicaSync<ReplicationController> {
    ReplicationManager(ControllerContext ctx) {
        super(ctx, ReplicationController.class, Kind.REPLICATIONCONTROLLER);
    }
}
