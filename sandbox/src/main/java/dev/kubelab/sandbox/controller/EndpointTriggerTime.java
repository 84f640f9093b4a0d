package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The endpoints controller's endpoints.kubernetes.io/last-change-trigger-time annotation: when the pod or
 * Service change that caused a write happened (the latest creation, readiness change or deletion among the
 * selected pods and the Service). A change no remaining pod explains (a pod that is gone) is dated now.
 */
public final class EndpointTriggerTime {
    public static final String ANNOTATION = "endpoints.kubernetes.io/last-change-trigger-time";

    private EndpointTriggerTime() {
    }

    /** The trigger time of a write of {@code svc}'s Endpoints, given the annotations it had before. */
    static Instant of(Service svc, ObjectStore store, Map<String, String> before, Instant now) {
        Instant latest = svc.metadata().creationTimestamp();
        Selector sel = Selector.ofLabels(svc.spec().selector());
        for (Pod pod : store.view(Pod.class, svc.metadata().namespace())) {
            if (!sel.matches(pod.metadata().labels())) {
                continue;
            }
            latest = later(latest, pod.metadata().creationTimestamp());
            latest = later(latest, pod.metadata().deletionTimestamp());
            for (PodCondition c : pod.status().conditions()) {
                if (c.type().equals("Ready")) {
                    latest = later(latest, c.lastTransitionTime());
                }
            }
        }
        String previous = before.get(ANNOTATION);
        if (latest == null || previous != null && !Instant.parse(previous).isBefore(latest)) {
            return now;
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }

    public static Map<String, String> stamp(Map<String, String> annotations, Instant when) {
        Map<String, String> out = new HashMap<>(annotations);
        out.put(ANNOTATION, DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.SECONDS)));
        return out;
    }
}
