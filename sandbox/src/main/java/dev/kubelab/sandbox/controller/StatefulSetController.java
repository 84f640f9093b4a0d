package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.api.StatefulSetStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * StatefulSet → pods NAME-0 … NAME-(replicas-1) (kube-controller-manager's statefulset controller). OrderedReady
 * creates the next ordinal only once every lower one is Running and Ready, and removes surplus pods from the
 * highest ordinal down, one at a time; Parallel creates and deletes them all at once. A deleted pod comes back
 * under the same name once the old one is gone. A changed template replaces pods from the highest ordinal down
 * to spec.updateStrategy.rollingUpdate.partition.
 */
final class StatefulSetController implements Controller {
    private static final Set<Kind> READS = EnumSet.of(Kind.STATEFULSET, Kind.POD);

    private final ControllerContext ctx;
    private final SelectorCache selectors = new SelectorCache();
    private final InputMemo memo = new InputMemo();

    StatefulSetController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (StatefulSet sts : ctx.store().view(StatefulSet.class, null)) {
            String uid = sts.metadata().uid();
            if (sts.metadata().deletionTimestamp() == null
                    && !memo.unchanged(uid, sts, ctx.store().view(Pod.class, sts.metadata().namespace()))) {
                StatefulSetStatus status = sync(sts, now);
                if (!status.equals(sts.status())) {
                    ctx.store().update(sts.withStatus(status));
                }
            }
        }
        memo.endPass();
    }

    private StatefulSetStatus sync(StatefulSet sts, Instant now) {
        String revision = StatefulSetPods.revision(sts);
        TreeMap<Integer, Pod> byOrdinal = new TreeMap<>();
        for (Pod p : OwnedPods.claim(ctx.store(), sts, selectors.of(sts.selector()))) {
            int ordinal = StatefulSetPods.ordinal(sts, p);
            if (ordinal < 0) {
                delete(sts, p, now); // not one of NAME-N: the controller never keeps such a pod
            } else {
                byOrdinal.put(ordinal, p);
            }
        }
        boolean ordered = !sts.parallel();
        boolean blocked = false;
        for (int i = 0; i < sts.replicas() && !(blocked && ordered); i++) {
            Pod p = byOrdinal.get(i);
            if (p != null && "Failed".equals(p.status().phase()) && !Pods.terminating(p)) {
                delete(sts, p, now);
                blocked = true;
            } else if (p == null && ctx.store().get(Pod.class, sts.metadata().namespace(),
                    StatefulSetPods.name(sts, i)).isEmpty()) {
                byOrdinal.put(i, StatefulSetPods.create(ctx, sts, i, revision, now));
                blocked = true;
            } else if (p == null || !runningAndReady(p)) {
                blocked = true;
            }
        }
        if (!(blocked && ordered)) {
            List<Pod> condemned = new ArrayList<>(byOrdinal.tailMap(sts.replicas(), true).descendingMap().values());
            for (Pod p : condemned) {
                if (ordered && Pods.terminating(p)) {
                    blocked = true;
                    break;
                }
                delete(sts, p, now);
                blocked = true;
                if (ordered) {
                    break;
                }
            }
        }
        if (!blocked && sts.updateStrategy() != null && !"OnDelete".equals(sts.updateStrategy().type())) {
            int partition = sts.updateStrategy().partition() == null ? 0 : sts.updateStrategy().partition();
            for (Pod p : byOrdinal.headMap(sts.replicas(), false).descendingMap().values()) {
                if (StatefulSetPods.ordinal(sts, p) >= partition
                        && !revision.equals(p.metadata().labels().get(StatefulSetPods.REVISION))) {
                    delete(sts, p, now);
                    break;
                }
            }
        }
        return status(sts, byOrdinal.values(), revision);
    }

    private static boolean runningAndReady(Pod p) {
        return "Running".equals(p.status().phase()) && Pods.ready(p) && !Pods.terminating(p);
    }

    private void delete(StatefulSet sts, Pod p, Instant now) {
        if (Pods.terminating(p)) {
            return;
        }
        Pods.delete(ctx.store(), p, now, null);
        ctx.events().normal(now, sts, "SuccessfulDelete", "delete Pod " + p.metadata().name() + " in StatefulSet "
                + sts.metadata().name() + " successful", StatefulSetPods.COMPONENT, null);
    }

    /**
     * The counters, with currentRevision kept at the revision the pods had until every one of them runs the
     * update revision (then both are the same).
     */
    private static StatefulSetStatus status(StatefulSet sts, Iterable<Pod> pods, String revision) {
        String current = sts.status() == null || sts.status().currentRevision() == null ? revision
                : sts.status().currentRevision();
        int replicas = 0;
        int ready = 0;
        int updated = 0;
        int atCurrent = 0;
        for (Pod p : pods) {
            if (!Pods.active(p)) {
                continue;
            }
            String hash = p.metadata().labels().get(StatefulSetPods.REVISION);
            replicas++;
            ready += Pods.ready(p) ? 1 : 0;
            updated += revision.equals(hash) ? 1 : 0;
            atCurrent += current.equals(hash) ? 1 : 0;
        }
        if (updated == replicas && replicas == sts.replicas() && ready == replicas) {
            current = revision;
            atCurrent = updated;
        }
        return new StatefulSetStatus(sts.metadata().generation(), replicas, ready, atCurrent, updated, ready,
                current, revision, 0);
    }
}
