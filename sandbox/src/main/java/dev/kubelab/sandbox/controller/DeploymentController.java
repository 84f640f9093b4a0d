package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.selector.Selector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Deployment → ReplicaSets: finds (or creates) the ReplicaSet of the current template, rolls replicas over
 * from the old ones within maxSurge/maxUnavailable, prunes history and reports status (see DeploymentStatusWriter).
 */
final class DeploymentController implements Controller {
    private final ControllerContext ctx;
    private final DeploymentScaler scaler;
    private final DeploymentStatusWriter statusWriter;
    private final SelectorCache selectors = new SelectorCache();
    private final TemplateHashCache templateHashes = new TemplateHashCache();
    private final InputMemo memo = new InputMemo();

    DeploymentController(ControllerContext ctx) {
        this.ctx = ctx;
        this.scaler = new DeploymentScaler(ctx);
        this.statusWriter = new DeploymentStatusWriter(ctx);
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.DEPLOYMENT, Kind.REPLICASET, Kind.POD);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (Deployment d : ctx.store().view(Deployment.class, null)) {
            if (d.metadata().deletionTimestamp() != null) {
                continue;
            }
            String ns = d.metadata().namespace();
            Instant deadline = DeploymentStatusWriter.progressDeadline(d);
            boolean timedWorkDue = deadline != null && !now.isBefore(deadline);
            if (!memo.unchanged(d.metadata().uid(), d, ctx.store().view(ReplicaSet.class, ns),
                    ctx.store().view(Pod.class, ns)) || timedWorkDue) {
                sync(d, now);
            }
        }
        memo.endPass();
    }

    /** A rollout that is still progressing times out progressDeadlineSeconds after its last progress. */
    @Override
    public Instant nextWakeup() {
        Instant min = null;
        for (Deployment d : ctx.store().view(Deployment.class, null)) {
            Instant deadline = DeploymentStatusWriter.progressDeadline(d);
            if (deadline != null && (min == null || deadline.isBefore(min))) {
                min = deadline;
            }
        }
        return min;
    }

    private void sync(Deployment d, Instant now) {
        List<ReplicaSet> all = claim(d);
        String hash = templateHashes.hash(d.metadata().namespace(), d.metadata().name(), d.template());
        ReplicaSet newRs = null;
        List<ReplicaSet> old = new ArrayList<>();
        for (ReplicaSet rs : all) {
            if (hash.equals(rs.metadata().labels().get("pod-template-hash"))) {
                newRs = rs;
            } else {
                old.add(rs);
            }
        }
        long maxOld = old.stream().mapToLong(Revisions::of).max().orElse(0);
        boolean created = false;
        if (newRs == null) {
            newRs = NewReplicaSet.create(ctx, d, hash, maxOld + 1, old, now);
            created = true;
        } else if (Revisions.of(newRs) <= maxOld) {
            // A rollback: the old ReplicaSet becomes the newest revision again.
            newRs = ctx.store().update(newRs.withMetadata(NewReplicaSet.annotate(newRs.metadata(), maxOld + 1, d)));
        }
        String revision = Long.toString(Revisions.of(newRs));
        if (!revision.equals(d.metadata().annotations().get(Revisions.REVISION))) {
            var annotations = new java.util.HashMap<>(d.metadata().annotations());
            annotations.put(Revisions.REVISION, revision);
            d = ctx.store().update(d.withMetadata(d.metadata().withAnnotations(annotations)));
        }
        old.sort(Comparator.comparing((ReplicaSet rs) -> rs.metadata().creationTimestamp())
                .thenComparing(rs -> rs.metadata().name()));
        newRs = scaler.scale(d, newRs, old, now);
        pruneHistory(d, old);
        statusWriter.write(d, newRs, old, created, now);
    }

    /** ReplicaSets this Deployment controls, adopting matching orphans. */
    private List<ReplicaSet> claim(Deployment d) {
        Selector sel = selectors.of(d.selector());
        List<ReplicaSet> out = new ArrayList<>();
        String ns = d.metadata().namespace();
        for (ReplicaSet rs : ctx.store().claimable(ReplicaSet.class, ns, d.metadata().uid())) {
            OwnerReference ref = rs.metadata().controllerRef();
            if (ref != null && ref.uid().equals(d.metadata().uid())) {
                out.add(rs);
            } else if (ref == null && !sel.isEmpty() && sel.matches(rs.metadata().labels())
                    && rs.metadata().deletionTimestamp() == null) {
                ObjectMeta adopted = rs.metadata().withOwner(Owners.controllerRef(d));
                out.add(ctx.store().update(rs.withMetadata(adopted)));
            }
        }
        return out;
    }

    /** Keeps at most revisionHistoryLimit scaled-down old ReplicaSets, deleting the oldest revisions. */
    private void pruneHistory(Deployment d, List<ReplicaSet> old) {
        int limit = d.revisionHistoryLimit() < 0 ? 10 : d.revisionHistoryLimit();
        List<ReplicaSet> idle = new ArrayList<>();
        for (ReplicaSet rs : old) {
            ReplicaSet fresh = ctx.store().get(ReplicaSet.class, rs.metadata().namespace(), rs.metadata().name())
                    .orElse(null);
            if (fresh != null && fresh.replicas() == 0 && fresh.status().replicas() == 0) {
                idle.add(fresh);
            }
        }
        idle.sort(Comparator.comparingLong(Revisions::of));
        for (int i = 0; i < idle.size() - limit; i++) {
            ReplicaSet rs = idle.get(i);
            ctx.store().delete(rs.kind(), rs.metadata().namespace(), rs.metadata().name());
        }
    }
}
