package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.api.Kind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the RESTMapper does for `kubectl get TYPE`: plural, singular and short names to a kind. */
public final class ResourceTypes {
    private static final Map<String, Kind> SERVED = Map.ofEntries(
            Map.entry("nodes", Kind.NODE), Map.entry("node", Kind.NODE), Map.entry("no", Kind.NODE),
            Map.entry("pods", Kind.POD), Map.entry("pod", Kind.POD), Map.entry("po", Kind.POD),
            Map.entry("services", Kind.SERVICE), Map.entry("service", Kind.SERVICE), Map.entry("svc", Kind.SERVICE),
            Map.entry("endpoints", Kind.ENDPOINTS), Map.entry("endpoint", Kind.ENDPOINTS),
            Map.entry("ep", Kind.ENDPOINTS));

    /** Real resource types a learner may try that this terminal cannot show yet. */
    private static final Set<String> NOT_YET = Set.of("all", "deployments", "deployment", "deploy",
            "replicasets", "replicaset", "rs", "daemonsets", "daemonset", "ds", "namespaces", "namespace", "ns",
            "endpointslices", "endpointslice", "configmaps", "configmap", "cm", "events", "event", "ev",
            "statefulsets", "statefulset", "sts", "jobs", "job", "cronjobs", "cronjob", "cj", "ingresses",
            "ingress", "ing", "secrets", "secret", "serviceaccounts", "serviceaccount", "sa");

    /** The names completion offers after `kubectl get `. */
    public static final List<String> COMPLETION_NAMES = List.of("endpoints", "nodes", "pods", "services");

    private ResourceTypes() {
    }

    public static Optional<Kind> resolve(String typed) {
        return Optional.ofNullable(SERVED.get(typed.toLowerCase(Locale.ROOT)));
    }

    public static boolean knownButNotServedYet(String typed) {
        return NOT_YET.contains(typed.toLowerCase(Locale.ROOT));
    }
}
