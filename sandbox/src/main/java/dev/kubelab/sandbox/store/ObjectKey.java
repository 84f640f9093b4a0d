package dev.kubelab.sandbox.store;

import java.util.Comparator;

/** Where an object lives in the store; orders like etcd keys within a kind: namespace, then name. */
public record ObjectKey(String namespace, String name) implements Comparable<ObjectKey> {
    private static final Comparator<ObjectKey> ORDER =
            Comparator.comparing(ObjectKey::namespace).thenComparing(ObjectKey::name);

    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }
}
