package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSetUpdateStrategy;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Pod;

import java.util.ArrayList;
import java.util.List;

/**
 * One sync of a DaemonSet's update strategy: counts the nodes that should run a pod, and picks the pods of an old
 * revision to delete. Old pods that are not ready go at once; ready ones only while fewer than maxUnavailable
 * nodes are without a ready pod (1 by default: one node at a time). maxSurge is not modelled (kube-proxy and
 * calico-node use 0). OnDelete deletes nothing.
 */
final class DaemonSetRollout {
    private final String revision;
    private final DaemonSetUpdateStrategy strategy;
    private final List<Pod> outdatedReady = new ArrayList<>();
    private final List<Pod> outdatedNotReady = new ArrayList<>();
    private int desired;
    private int ready;
    private int updated;

    DaemonSetRollout(String revision, DaemonSetUpdateStrategy strategy) {
        this.revision = revision;
        this.strategy = strategy == null ? DaemonSetUpdateStrategy.DEFAULT : strategy;
    }

    /** A node that should run a daemon pod, with its current pod (null while there is none). */
    void count(Pod existing) {
        desired++;
        if (existing == null) {
            return;
        }
        boolean current = revision.equals(existing.metadata().labels().get("controller-revision-hash"));
        boolean isReady = Pods.ready(existing);
        if (current) {
            updated++;
        } else if (isReady) {
            outdatedReady.add(existing);
        } else {
            outdatedNotReady.add(existing);
        }
        if (isReady) {
            ready++;
        }
    }

    /** OnDelete: none (the learner deletes pods to update them); RollingUpdate: within maxUnavailable. */
    List<Pod> outdatedToDelete() {
        if (strategy.onDelete()) {
            return List.of();
        }
        List<Pod> out = new ArrayList<>(outdatedNotReady);
        IntOrString max = strategy.maxUnavailable() == null ? IntOrString.of(1) : strategy.maxUnavailable();
        int budget = Math.max(1, Revisions.resolve(max, desired, true)) - (desired - ready);
        for (int i = 0; i < budget && i < outdatedReady.size(); i++) {
            out.add(outdatedReady.get(i));
        }
        return out;
    }

    int desired() {
        return desired;
    }

    int ready() {
        return ready;
    }

    int updated() {
        return updated;
    }
}
