package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Kind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The RESTMapper as the mutating verbs (delete, label, annotate, scale, expose) use it: every kind the API server
 * serves, by plural, singular, short name and "kind.group" form ("deployments.apps").
 */
public final class WritableTypes {
    private static final Map<String, Kind> NAMES = new HashMap<>();

    static {
        for (Kind k : Kind.values()) {
            String singular = k.kindName().toLowerCase(Locale.ROOT);
            NAMES.put(k.plural(), k);
            NAMES.put(singular, k);
            NAMES.put(k.qualifiedPlural(), k);
            NAMES.put(k.qualifiedLowerKind(), k);
        }
        short_("ns", Kind.NAMESPACE);
        short_("no", Kind.NODE);
        short_("po", Kind.POD);
        short_("svc", Kind.SERVICE);
        short_("ep", Kind.ENDPOINTS);
        short_("deploy", Kind.DEPLOYMENT);
        short_("rs", Kind.REPLICASET);
        short_("ds", Kind.DAEMONSET);
        short_("rc", Kind.REPLICATIONCONTROLLER);
        short_("sts", Kind.STATEFULSET);
        short_("cm", Kind.CONFIGMAP);
        short_("ev", Kind.EVENT);
    }

    private WritableTypes() {
    }

    private static void short_(String name, Kind kind) {
        NAMES.put(name, kind);
    }

    /** The kind a typed resource name means, if the API server serves it. */
    public static Optional<Kind> resolve(String typed) {
        return Optional.ofNullable(NAMES.get(typed.toLowerCase(Locale.ROOT)));
    }

    /** kubectl's message for a type it cannot map: the server has no such resource. */
    public static String unknown(String typed) {
        return "the server doesn't have a resource type \"" + typed + "\"";
    }
}
