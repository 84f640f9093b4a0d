package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadStatus;

import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * deploymentutil.GetAllReplicaSets as describe uses it: the ReplicaSets the Deployment controls, split into
 * the new one (template equal to the Deployment's, ignoring pod-template-hash; the oldest if several) and
 * all the others.
 */
record DeploymentReplicaSets(ReplicaSet newSet, List<ReplicaSet> oldSets, List<ReplicaSet> all) {
    private static final String HASH = "pod-template-hash";

    static DeploymentReplicaSets of(Deployment d, ObjectStore store) {
        List<ReplicaSet> owned = new ArrayList<>();
        for (ReplicaSet rs : store.list(ReplicaSet.class, d.metadata().namespace())) {
            OwnerReference ref = rs.metadata().controllerRef();
            if (ref != null && ref.uid().equals(d.metadata().uid())) {
                owned.add(rs);
            }
        }
        ReplicaSet newest = null;
        for (ReplicaSet rs : owned) {
            Map<String, String> labels = new HashMap<>(rs.template().labels());
            labels.remove(HASH);
            boolean same = rs.template().withLabels(labels).equals(d.template());
            if (same && (newest == null
                    || rs.metadata().creationTimestamp().isBefore(newest.metadata().creationTimestamp()))) {
                newest = rs;
            }
        }
        List<ReplicaSet> old = new ArrayList<>(owned);
        old.remove(newest);
        return new DeploymentReplicaSets(newest, old, owned);
    }

    /** The controller's unavailableReplicas: desired replicas of all its sets minus the available, at least 0. */
    int unavailable(WorkloadStatus status) {
        int total = 0;
        for (ReplicaSet rs : all) {
            total += rs.replicas();
        }
        return Math.max(0, total - status.availableReplicas());
    }
}
