package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.api.Kind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the RESTMapper does for `kubectl get TYPE`: plural, singular, short and group-qualified names to a kind,
 * plus the "all" category.
 */
public final class ResourceTypes {
    /** The category `kubectl get all` expands to, in kubectl's order (kinds this cluster serves). */
    public static final List<Kind> ALL_CATEGORY = List.of(Kind.POD, Kind.REPLICATIONCONTROLLER,
            Kind.SERVICE, Kind.DAEMONSET, Kind.DEPLOYMENT, Kind.REPLICASET, Kind.STATEFULSET);

    private static final Map<String, Kind> SERVED = new HashMap<>();

    static {
        served(Kind.NODE, "node", "no");
        served(Kind.POD, "pod", "po");
        served(Kind.SERVICE, "service", "svc");
        served(Kind.ENDPOINTS, "endpoint", "ep");
        served(Kind.ENDPOINTSLICE, "endpointslice");
        served(Kind.DEPLOYMENT, "deployment", "deploy");
        served(Kind.REPLICASET, "replicaset", "rs");
        served(Kind.DAEMONSET, "daemonset", "ds");
        served(Kind.REPLICATIONCONTROLLER, "replicationcontroller", "rc");
        served(Kind.STATEFULSET, "statefulset", "sts");
        served(Kind.NAMESPACE, "namespace", "ns");
        served(Kind.CONFIGMAP, "configmap", "cm");
        served(Kind.EVENT, "event", "ev");
    }

    /** Real resource types a learner may try that this terminal cannot show yet. */
    private static final Set<String> NOT_YET = Set.of("jobs", "job",
            "cronjobs", "cronjob", "cj", "ingresses", "ingress", "ing", "secrets", "secret", "serviceaccounts",
            "serviceaccount", "sa", "persistentvolumeclaims", "pvc", "persistentvolumes", "pv",
            "networkpolicies", "netpol", "horizontalpodautoscalers", "hpa");

    /**
     * The names completion offers after `kubectl get `: the served kinds as `kubectl api-resources -o name` lists
     * them (kubectl's completion asks it), so apps kinds complete with their group: deployments.apps.
     */
    public static final List<String> COMPLETION_NAMES = List.of("configmaps", "daemonsets.apps",
            "deployments.apps", "endpoints", "endpointslices.discovery.k8s.io", "events", "namespaces", "nodes",
            "pods", "replicasets.apps", "replicationcontrollers", "serviceaccounts", "services", "statefulsets.apps");

    private ResourceTypes() {
    }

    /** plural, singular, short names, and "plural.group" / "singular.group" for grouped kinds. */
    private static void served(Kind kind, String... names) {
        SERVED.put(kind.plural(), kind);
        SERVED.put(kind.qualifiedPlural(), kind);
        for (String n : names) {
            SERVED.put(n, kind);
        }
        SERVED.put(kind.qualifiedLowerKind(), kind);
    }

    public static Optional<Kind> resolve(String typed) {
        return Optional.ofNullable(SERVED.get(typed.toLowerCase(Locale.ROOT)));
    }

    /** `all` (the category), resolved to its kinds; empty for any other word. */
    public static List<Kind> category(String typed) {
        return typed.equalsIgnoreCase("all") ? ALL_CATEGORY : List.of();
    }

    public static boolean knownButNotServedYet(String typed) {
        return NOT_YET.contains(typed.toLowerCase(Locale.ROOT));
    }

    /** The GroupVersionResource string API errors name: "/v1, Resource=pods", "apps/v1, Resource=deployments". */
    public static String groupVersionResource(Kind kind) {
        String plural = kind.plural();
        String qualified = kind.qualifiedPlural();
        String group = qualified.length() > plural.length() ? qualified.substring(plural.length() + 1) : "";
        return group + "/v1, Resource=" + plural;
    }
}
