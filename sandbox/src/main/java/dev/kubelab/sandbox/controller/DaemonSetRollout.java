package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Pod;

import java.util.ArrayList;
import java.util.List;

/**
 * One sync of a DaemonSet's RollingUpdate (maxUnavailable 1, maxSurge 0, the defaults): counts the nodes that
 * should run a pod, and picks the pods of an old revision to delete. Old pods that are not ready go at once;
 * a ready one only while no other node is without a ready pod, so one node at a time is down.
 */
final class DaemonSetRollout {
    private static final int MAX_UNAVAILABLE = 1;

    private final String revision;
    private final List<Pod> outdatedReady = new ArrayList<>();
    private final List<Pod> outdatedNotReady = new ArrayList<>();
    private int desired;
    private int ready;
    private int updated;

    DaemonSetRollout(String revision) {
        this.revision = revision;
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

    List<Pod> outdatedToDelete() {
        List<Pod> out = new ArrayList<>(outdatedNotReady);
        int budget = MAX_UNAVAILABLE - (desired - ready);
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
