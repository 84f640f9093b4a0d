package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.Map;

/** What every bootstrap step needs: where to put objects, the random source and the timeline. */
record Build(ObjectStore store, Seed seed, Timeline timeline) {

    ObjectMeta meta(String name, String namespace, Instant created, Map<String, String> labels) {
        return ObjectMeta.of(name, namespace, seed.uid(), created, labels);
    }

    static OwnerReference controlledBy(String apiVersion, String kind, ObjectMeta owner) {
        return new OwnerReference(apiVersion, kind, owner.name(), owner.uid(), true);
    }
}
