package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.WorkloadStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The loop ReplicaSets and ReplicationControllers share (one ReplicaSetController in Kubernetes, run for both
 * kinds): per owner, claims its pods, creates or deletes pods until spec.replicas active ones exist, and
 * writes the status it then has.
 */
abstract class ReplicaSync<T extends KubeObject & ReplicaWorkload<T>> implements Controller {
    private final ControllerContext ctx;
    private final Class<T> type;
    private final Set<Kind> reads;
    private final SelectorCache selectors = new SelectorCache();
    private final InputMemo memo = new InputMemo();
    /** Owners whose last pod create was refused (no such service account): synced again on the next pass. */
    private Set<String> refused;

    ReplicaSync(ControllerContext ctx, Class<T> type, Kind kind) {
        this.ctx = ctx;
        this.type = type;
        this.reads = EnumSet.of(kind, Kind.POD, Kind.GENERIC); // GENERIC: a missing service account created
    }

    @Override
    public final Set<Kind> reads() {
        return reads;
    }

    @Override
    public final void reconcile(Instant now) {
        for (T owner : ctx.store().view(type, null)) {
            String uid = owner.metadata().uid();
            boolean changed = !memo.unchanged(uid, owner, ctx.store().view(Pod.class, owner.metadata().namespace()));
            boolean retry = refused != null && refused.remove(uid);
            if (owner.metadata().deletionTimestamp() == null && (changed || retry)) {
                WorkloadStatus status = sync(owner, now);
                if (!status.equals(owner.status())) {
                    ctx.store().update(owner.withStatus(status));
                }
            }
        }
        memo.endPass();
    }

    private WorkloadStatus sync(T owner, Instant now) {
        List<Pod> active = new ArrayList<>();
        for (Pod p : OwnedPods.claim(ctx.store(), owner, selectors.of(owner.podSelector()))) {
            if (Pods.active(p)) {
                active.add(p);
            }
        }
        int diff = active.size() - owner.replicas();
        if (diff < 0) {
            for (int i = 0; i < -diff; i++) {
                Pod created = PodFactory.create(ctx, owner, owner.template(), now);
                if (created == null) {
                    if (refused == null) {
                        refused = new HashSet<>();
                    }
                    refused.add(owner.metadata().uid());
                    break;
                }
                active.add(created);
            }
        } else if (diff > 0) {
            active.sort(PodDeletionOrder.INSTANCE);
            for (Pod victim : List.copyOf(active.subList(0, diff))) {
                Pods.delete(ctx.store(), victim, now, null);
                ctx.events().normal(now, owner, "SuccessfulDelete", "Deleted pod: " + victim.metadata().name(),
                        PodFactory.component(owner), null);
                active.remove(victim);
            }
        }
        int ready = (int) active.stream().filter(Pods::ready).count();
        return new WorkloadStatus(active.size(), ready, active.size(), ready, owner.metadata().generation(),
                List.of());
    }
}
