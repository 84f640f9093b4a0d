package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `kubectl rollout history` / `rollout undo`: the revisions are the Deployment's ReplicaSets; undo copies a
 * revision's template (without pod-template-hash) back into the Deployment, and the controller rolls to it.
 */
public final class DeploymentRollback {
    private DeploymentRollback() {
    }

    /** The Deployment's ReplicaSets ordered by revision (oldest first). */
    public static List<ReplicaSet> history(ObjectStore store, Deployment d) {
        List<ReplicaSet> out = new ArrayList<>();
        for (ReplicaSet rs : store.view(ReplicaSet.class, d.metadata().namespace())) {
            OwnerReference ref = rs.metadata().controllerRef();
            if (ref != null && ref.uid().equals(d.metadata().uid())) {
                out.add(rs);
            }
        }
        out.sort(Comparator.comparingLong(Revisions::of));
        return out;
    }

    /**
     * Rolls back to {@code toRevision} (0 = the previous one). Returns the updated Deployment, or throws
     * IllegalArgumentException with kubectl's message ("unable to find specified revision 5 in history",
     * "no rollout history found for deployment \"web\"").
     */
    public static Deployment undo(ObjectStore store, Deployment d, long toRevision) {
        List<ReplicaSet> history = history(store, d);
        if (history.size() < 2 && toRevision == 0) {
            throw new IllegalArgumentException("no rollout history found for deployment \"" + d.metadata().name()
                    + "\"");
        }
        ReplicaSet target = null;
        if (toRevision == 0) {
            target = history.get(history.size() - 2);
        } else {
            for (ReplicaSet rs : history) {
                if (Revisions.of(rs) == toRevision) {
                    target = rs;
                }
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("unable to find specified revision " + toRevision + " in history");
        }
        Map<String, String> labels = new HashMap<>(target.template().labels());
        labels.remove("pod-template-hash");
        Deployment rolled = d.withTemplate(target.template().withLabels(labels));
        return store.update(rolled.withMetadata(rolled.metadata().withGeneration(d.metadata().generation() + 1)));
    }
}
