package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.ReplicaSet;

import java.time.Instant;
import java.util.List;

/**
 * The replica arithmetic of deployment/rolling.go and recreate.go: scale the new ReplicaSet up within
 * replicas + maxSurge, scale old ones down while at least replicas - maxUnavailable pods stay available.
 */
final class DeploymentScaler {
    private final ControllerContext ctx;

    DeploymentScaler(ControllerContext ctx) {
        this.ctx = ctx;
    }

    ReplicaSet scale(Deployment d, ReplicaSet newRs, List<ReplicaSet> old, Instant now) {
        if (d.strategy() != null && "Recreate".equals(d.strategy().type())) {
            for (int i = 0; i < old.size(); i++) {
                old.set(i, to(d, old.get(i), 0, now));
            }
            // recreate.go: new pods only once every old pod is gone (terminating ones still count).
            return oldPodsRunning(old) ? newRs : to(d, newRs, d.replicas(), now);
        }
        int oldSpec = old.stream().mapToInt(ReplicaSet::replicas).sum();
        if (oldSpec == 0) {
            return to(d, newRs, d.replicas(), now);
        }
        int[] su = Revisions.surgeAndUnavailable(d);
        int total = newRs.replicas() + oldSpec;
        if (newRs.replicas() < d.replicas()) {
            int up = Math.min(d.replicas() + su[0] - total, d.replicas() - newRs.replicas());
            if (up > 0) {
                newRs = to(d, newRs, newRs.replicas() + up, now);
            }
        } else if (newRs.replicas() > d.replicas()) {
            newRs = to(d, newRs, d.replicas(), now);
        }
        int minAvailable = d.replicas() - su[1];
        int allPods = newRs.status().replicas() + old.stream().mapToInt(rs -> rs.status().replicas()).sum();
        int newUnavailable = Math.max(0, newRs.replicas() - newRs.status().availableReplicas());
        int cleanup = allPods - minAvailable - newUnavailable;
        // First drop old replicas that are not available anyway (they cost no availability).
        for (int i = 0; i < old.size() && cleanup > 0; i++) {
            ReplicaSet rs = old.get(i);
            int unhealthy = rs.replicas() - rs.status().availableReplicas();
            int drop = Math.min(cleanup, Math.max(0, unhealthy));
            if (drop > 0) {
                old.set(i, to(d, rs, rs.replicas() - drop, now));
                cleanup -= drop;
            }
        }
        int available = newRs.status().availableReplicas()
                + old.stream().mapToInt(rs -> Math.min(rs.replicas(), rs.status().availableReplicas())).sum();
        int down = available - minAvailable;
        for (int i = 0; i < old.size() && down > 0; i++) {
            ReplicaSet rs = old.get(i);
            int drop = Math.min(down, rs.replicas());
            if (drop > 0) {
                old.set(i, to(d, rs, rs.replicas() - drop, now));
                down -= drop;
            }
        }
        return newRs;
    }

    private boolean oldPodsRunning(List<ReplicaSet> old) {
        if (old.isEmpty()) {
            return false;
        }
        // Owner and pods share a namespace.
        String ns = old.get(0).metadata().namespace();
        for (dev.kubelab.sandbox.api.Pod p : ctx.store().view(dev.kubelab.sandbox.api.Pod.class, ns)) {
            var ref = p.metadata().controllerRef();
            String phase = p.status().phase();
            if (ref != null && !"Succeeded".equals(phase) && !"Failed".equals(phase)
                    && old.stream().anyMatch(rs -> rs.metadata().uid().equals(ref.uid()))) {
                return true;
            }
        }
        return false;
    }

    /** Sets spec.replicas (and the desired/max annotations) with the ScalingReplicaSet event. */
    private ReplicaSet to(Deployment d, ReplicaSet rs, int replicas, Instant now) {
        if (rs.replicas() == replicas) {
            return rs;
        }
        long revision = Revisions.of(rs);
        // A new spec.replicas is a spec change: the API server bumps metadata.generation. A ReplicaSet made in
        // this very sync (not yet observed) is one the real controller creates with this count: generation 1.
        boolean justCreated = rs.replicas() == 0 && rs.status().observedGeneration() == 0;
        var meta = NewReplicaSet.annotate(rs.metadata(), revision, d)
                .withGeneration(rs.metadata().generation() + (justCreated ? 0 : 1));
        ReplicaSet scaled = ctx.store().update(rs.withReplicas(replicas).withMetadata(meta));
        String direction = replicas > rs.replicas() ? "up" : "down";
        ctx.events().normal(now, d, "ScalingReplicaSet", "Scaled " + direction + " replica set "
                + rs.metadata().name() + " from " + rs.replicas() + " to " + replicas, "deployment-controller", null);
        return scaled;
    }
}
