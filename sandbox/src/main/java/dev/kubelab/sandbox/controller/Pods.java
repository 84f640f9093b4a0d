package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

/** Small facts about pods that several controllers need (podutil in Kubernetes). */
public final class Pods {
    private Pods() {
    }

    /** Every container ready (the Ready condition). */
    public static boolean ready(Pod pod) {
        if (pod.status().containerStatuses().isEmpty()
                || pod.status().containerStatuses().size() < pod.spec().containers().size()) {
            return false;
        }
        return pod.status().containerStatuses().stream().allMatch(ContainerStatus::ready);
    }

    public static boolean terminating(Pod pod) {
        return pod.metadata().deletionTimestamp() != null;
    }

    /** Counts towards a ReplicaSet's replicas: not finished, not being deleted. */
    public static boolean active(Pod pod) {
        String phase = pod.status().phase();
        return !terminating(pod) && !"Succeeded".equals(phase) && !"Failed".equals(phase);
    }

    /** When the Ready condition last turned true (null if not ready). */
    public static Instant readySince(Pod pod) {
        for (PodCondition c : pod.status().conditions()) {
            if ("Ready".equals(c.type()) && "True".equals(c.status())) {
                return c.lastTransitionTime();
            }
        }
        return null;
    }

    /**
     * A graceful delete, as the apiserver does it: an unscheduled pod goes at once; a bound one gets
     * deletionTimestamp = now + grace and the kubelet stops its containers and removes it.
     */
    public static void delete(ObjectStore store, Pod pod, Instant now, Long gracePeriodSeconds) {
        if (terminating(pod)) {
            return;
        }
        long grace = gracePeriodSeconds != null ? gracePeriodSeconds
                : pod.spec().terminationGracePeriodSeconds() < 0 ? 30 : pod.spec().terminationGracePeriodSeconds();
        if (pod.spec().nodeName() == null || grace == 0) {
            store.delete(pod.kind(), pod.metadata().namespace(), pod.metadata().name());
            return;
        }
        store.update(pod.withMetadata(pod.metadata().withDeletion(now.plusSeconds(grace), grace)));
    }
}
