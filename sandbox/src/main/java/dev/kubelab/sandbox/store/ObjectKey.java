package dev.kubelab.sandbox.store;

/** Where an object lives in the store; orders like etcd keys within a kind: namespace, then name. */
public record ObjectKey(String namespace, String name) implements Comparable<ObjectKey> {
    /** The smallest key of a namespace: where a namespace's run of keys starts in a sorted map. */
    static ObjectKey first(String namespace) {
        return new ObjectKey(namespace, "");
    }

    @Override
    public int compareTo(ObjectKey other) {
        int byNamespace = namespace.compareTo(other.namespace);
        return byNamespace != 0 ? byNamespace : name.compareTo(other.name);
    }
}
