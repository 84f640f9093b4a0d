package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ReplicaSet → pods: creates or deletes pods until spec.replicas active pods exist, and reports status. */
final class ReplicaSetController implements Controller {
    private final ControllerContext ctx;
    private final SelectorCache selectors = new SelectorCache();
    private final InputMemo memo = new InputMemo();

    ReplicaSetController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.REPLICASET, Kind.POD);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        Set<String> uids = new HashSet<>();
        for (ReplicaSet rs : ctx.store().view(ReplicaSet.class, null)) {
            uids.add(rs.metadata().uid());
            if (rs.metadata().deletionTimestamp() == null
                    && !memo.unchanged(rs.metadata().uid(), rs, ctx.store().view(Pod.class, rs.metadata().namespace()))) {
                sync(rs, now);
            }
        }
        memo.retainOnly(uids);
    }

    private void sync(ReplicaSet rs, Instant now) {
        List<Pod> owned = OwnedPods.claim(ctx.store(), rs, selectors.of(rs.selector()));
        List<Pod> active = new ArrayList<>();
        for (Pod p : owned) {
            if (Pods.active(p)) {
                active.add(p);
            }
        }
        int diff = active.size() - rs.replicas();
        if (diff < 0) {
            for (int i = 0; i < -diff; i++) {
                active.add(PodFactory.create(ctx, rs, rs.template(), now));
            }
        } else if (diff > 0) {
            active.sort(PodDeletionOrder.INSTANCE);
            for (Pod victim : List.copyOf(active.subList(0, diff))) {
                Pods.delete(ctx.store(), victim, now, null);
                ctx.events().normal(now, rs, "SuccessfulDelete", "Deleted pod: " + victim.metadata().name(),
                        "replicaset-controller", null);
                active.remove(victim);
            }
        }
        int ready = (int) active.stream().filter(Pods::ready).count();
        WorkloadStatus status = new WorkloadStatus(active.size(), ready, active.size(), ready,
                rs.metadata().generation(), List.of());
        if (!status.equals(rs.status())) {
            ctx.store().update(rs.withStatus(status));
        }
    }
}
