package dev.kubelab.sandbox.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** metadata: namespace is "" for cluster-scoped objects. */
public record ObjectMeta(String name, String namespace, String uid, String resourceVersion,
                         Instant creationTimestamp, Map<String, String> labels,
                         Map<String, String> annotations, List<OwnerReference> ownerReferences,
                         Instant deletionTimestamp) {
    public ObjectMeta {
        namespace = namespace == null ? "" : namespace;
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        ownerReferences = List.copyOf(ownerReferences);
    }

    public static ObjectMeta of(String name, String namespace, String uid, Instant created,
                                Map<String, String> labels) {
        return new ObjectMeta(name, namespace, uid, "", created, labels, Map.of(), List.of(), null);
    }

    public ObjectMeta withResourceVersion(String rv) {
        return new ObjectMeta(name, namespace, uid, rv, creationTimestamp, labels, annotations, ownerReferences,
                deletionTimestamp);
    }

    public ObjectMeta withAnnotations(Map<String, String> newAnnotations) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, newAnnotations,
                ownerReferences, deletionTimestamp);
    }

    public ObjectMeta withOwner(OwnerReference owner) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations,
                List.of(owner), deletionTimestamp);
    }
}
