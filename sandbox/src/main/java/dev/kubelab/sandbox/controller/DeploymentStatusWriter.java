package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.api.WorkloadStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Deployment status: counters summed over its ReplicaSets plus the Available/Progressing conditions. */
final class DeploymentStatusWriter {
    private final ControllerContext ctx;

    DeploymentStatusWriter(ControllerContext ctx) {
        this.ctx = ctx;
    }

    void write(Deployment d, ReplicaSet newRs, List<ReplicaSet> old, boolean created, Instant now) {
        int replicas = newRs.status().replicas();
        int ready = newRs.status().readyReplicas();
        int available = newRs.status().availableReplicas();
        for (ReplicaSet rs : old) {
            replicas += rs.status().replicas();
            ready += rs.status().readyReplicas();
            available += rs.status().availableReplicas();
        }
        int updated = newRs.status().replicas();
        int minAvailable = d.replicas() - Revisions.surgeAndUnavailable(d)[1];
        WorkloadStatus prev = d.status();
        List<WorkloadCondition> conditions = new ArrayList<>(2);
        conditions.add(available >= minAvailable
                ? keep(prev, "Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.", now)
                : keep(prev, "Available", "False", "MinimumReplicasUnavailable",
                "Deployment does not have minimum availability.", now));
        conditions.add(progressing(d, newRs, prev, created, updated, available, replicas, now));
        WorkloadStatus status = new WorkloadStatus(replicas, ready, updated, available, d.metadata().generation(),
                conditions);
        if (!status.equals(prev)) {
            ctx.store().update(d.withStatus(status));
        }
    }

    private WorkloadCondition progressing(Deployment d, ReplicaSet newRs, WorkloadStatus prev, boolean created,
                                          int updated, int available, int replicas, Instant now) {
        String rsName = newRs.metadata().name();
        boolean complete = updated == d.replicas() && available == d.replicas() && replicas == d.replicas()
                && newRs.status().availableReplicas() == d.replicas();
        if (complete) {
            return keep(prev, "Progressing", "True", "NewReplicaSetAvailable",
                    "ReplicaSet \"" + rsName + "\" has successfully progressed.", now);
        }
        Instant deadline = progressDeadline(d);
        if (!created && deadline != null && !now.isBefore(deadline)) {
            return keep(prev, "Progressing", "False", "ProgressDeadlineExceeded",
                    "ReplicaSet \"" + rsName + "\" has timed out progressing.", now);
        }
        WorkloadCondition p = prev == null ? null : prev.condition("Progressing");
        if (p != null && "False".equals(p.status())) {
            return p;
        }
        if (created) {
            return new WorkloadCondition("Progressing", "True", now, now, "NewReplicaSetCreated",
                    "Created new replica set \"" + rsName + "\"");
        }
        String message = "ReplicaSet \"" + rsName + "\" is progressing.";
        if (p != null && "ReplicaSetUpdated".equals(p.reason()) && message.equals(p.message())) {
            return p;
        }
        Instant since = p != null && "True".equals(p.status()) ? p.lastTransitionTime() : now;
        return new WorkloadCondition("Progressing", "True", now, since, "ReplicaSetUpdated", message);
    }

    /** When a rollout still progressing times out (null: complete, already timed out, or never started). */
    static Instant progressDeadline(Deployment d) {
        WorkloadCondition p = d.status() == null ? null : d.status().condition("Progressing");
        if (p == null || !"True".equals(p.status()) || "NewReplicaSetAvailable".equals(p.reason())
                || p.lastUpdateTime() == null) {
            return null;
        }
        return p.lastUpdateTime().plusSeconds(d.progressDeadlineSeconds() < 0 ? 600 : d.progressDeadlineSeconds());
    }

    /** The condition with its old timestamps when nothing about it changed. */
    private static WorkloadCondition keep(WorkloadStatus prev, String type, String status, String reason,
                                          String message, Instant now) {
        WorkloadCondition p = prev == null ? null : prev.condition(type);
        if (p != null && p.status().equals(status) && p.reason().equals(reason) && p.message().equals(message)) {
            return p;
        }
        Instant transition = p != null && p.status().equals(status) ? p.lastTransitionTime() : now;
        return new WorkloadCondition(type, status, now, transition, reason, message);
    }
}
