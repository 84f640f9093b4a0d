package dev.kubelab.sandbox.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * metadata: namespace is "" for cluster-scoped objects. generateName is the prefix a name was generated
 * from (null if none); generation counts spec changes (0 for kinds that do not track it);
 * deletionGracePeriodSeconds is set together with deletionTimestamp on a graceful delete (else null).
 */
public record ObjectMeta(String name, String namespace, String uid, String resourceVersion,
                         Instant creationTimestamp, Map<String, String> labels,
                         Map<String, String> annotations, List<OwnerReference> ownerReferences,
                         Instant deletionTimestamp, String generateName, long generation,
                         Long deletionGracePeriodSeconds) {
    public ObjectMeta {
        namespace = namespace == null ? "" : namespace;
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        ownerReferences = List.copyOf(ownerReferences);
    }

    /** The original shape (no generateName, generation 0). */
    public ObjectMeta(String name, String namespace, String uid, String resourceVersion,
                      Instant creationTimestamp, Map<String, String> labels,
                      Map<String, String> annotations, List<OwnerReference> ownerReferences,
                      Instant deletionTimestamp) {
        this(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations, ownerReferences,
                deletionTimestamp, null, 0, null);
    }

    public static ObjectMeta of(String name, String namespace, String uid, Instant created,
                                Map<String, String> labels) {
        return new ObjectMeta(name, namespace, uid, "", created, labels, Map.of(), List.of(), null);
    }

    public ObjectMeta withResourceVersion(String rv) {
        return new ObjectMeta(name, namespace, uid, rv, creationTimestamp, labels, annotations, ownerReferences,
                deletionTimestamp, generateName, generation, deletionGracePeriodSeconds);
    }

    public ObjectMeta withAnnotations(Map<String, String> newAnnotations) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, newAnnotations,
                ownerReferences, deletionTimestamp, generateName, generation, deletionGracePeriodSeconds);
    }

    /** Replaces the owner references with this single one. */
    public ObjectMeta withOwner(OwnerReference owner) {
        return withOwnerReferences(List.of(owner));
    }

    public ObjectMeta withOwnerReferences(List<OwnerReference> owners) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations,
                owners, deletionTimestamp, generateName, generation, deletionGracePeriodSeconds);
    }

    public ObjectMeta withLabels(Map<String, String> newLabels) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, newLabels, annotations,
                ownerReferences, deletionTimestamp, generateName, generation, deletionGracePeriodSeconds);
    }

    public ObjectMeta withGenerateName(String prefix) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations,
                ownerReferences, deletionTimestamp, prefix, generation, deletionGracePeriodSeconds);
    }

    public ObjectMeta withGeneration(long newGeneration) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations,
                ownerReferences, deletionTimestamp, generateName, newGeneration, deletionGracePeriodSeconds);
    }

    /** Marks the object as being deleted (graceful deletion): the kubelet finishes the job. */
    public ObjectMeta withDeletion(Instant at, long gracePeriodSeconds) {
        return new ObjectMeta(name, namespace, uid, resourceVersion, creationTimestamp, labels, annotations,
                ownerReferences, at, generateName, generation, gracePeriodSeconds);
    }

    /** The controller owner reference (controller: true), or null. */
    public OwnerReference controllerRef() {
        for (OwnerReference o : ownerReferences) {
            if (o.controller()) {
                return o;
            }
        }
        return null;
    }
}
