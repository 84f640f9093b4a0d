package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The simulated etcd + apiserver storage: objects keyed by kind/namespace/name, listed in key order,
 * every change stamped with a new resourceVersion and announced to the subscribers.
 */
public final class ObjectStore {
    private final Map<Kind, TreeMap<ObjectKey, KubeObject>> objects = new EnumMap<>(Kind.class);
    private final List<Consumer<WatchEvent>> subscribers = new ArrayList<>(2);
    private long resourceVersion;

    /** How many objects the store holds, of every kind. */
    public int size() {
        int total = 0;
        for (TreeMap<ObjectKey, KubeObject> ofKind : objects.values()) {
            total += ofKind.size();
        }
        return total;
    }

    public <T extends KubeObject> T create(T object) {
        ObjectKey key = keyOf(object);
        TreeMap<ObjectKey, KubeObject> ofKind = objects.computeIfAbsent(object.kind(), k -> new TreeMap<>());
        if (ofKind.containsKey(key)) {
            throw new AlreadyExistsException(object.kind().qualifiedPlural() + " \"" + key.name()
                    + "\" already exists");
        }
        T stamped = stamp(object);
        ofKind.put(key, stamped);
        publish(new WatchEvent(WatchEvent.Type.ADDED, stamped));
        return stamped;
    }

    public <T extends KubeObject> T update(T object) {
        ObjectKey key = keyOf(object);
        TreeMap<ObjectKey, KubeObject> ofKind = objects.get(object.kind());
        if (ofKind == null || !ofKind.containsKey(key)) {
            throw new IllegalStateException("update of a missing object " + key);
        }
        T stamped = stamp(object);
        ofKind.put(key, stamped);
        publish(new WatchEvent(WatchEvent.Type.MODIFIED, stamped));
        return stamped;
    }

    public Optional<KubeObject> delete(Kind kind, String namespace, String name) {
        TreeMap<ObjectKey, KubeObject> ofKind = objects.get(kind);
        KubeObject removed = ofKind == null ? null : ofKind.remove(new ObjectKey(ns(kind, namespace), name));
        if (removed != null) {
            resourceVersion++;
            publish(new WatchEvent(WatchEvent.Type.DELETED, removed));
        }
        return Optional.ofNullable(removed);
    }

    public <T extends KubeObject> Optional<T> get(Class<T> type, String namespace, String name) {
        Kind kind = Kind.of(type);
        TreeMap<ObjectKey, KubeObject> ofKind = objects.get(kind);
        KubeObject found = ofKind == null ? null : ofKind.get(new ObjectKey(ns(kind, namespace), name));
        return Optional.ofNullable(found).map(type::cast);
    }

    /** Objects of one kind, sorted by namespace then name; namespace null = all namespaces. */
    public <T extends KubeObject> List<T> list(Class<T> type, String namespace) {
        Kind kind = Kind.of(type);
        TreeMap<ObjectKey, KubeObject> ofKind = objects.get(kind);
        if (ofKind == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Map.Entry<ObjectKey, KubeObject> e : ofKind.entrySet()) {
            if (namespace == null || !kind.namespaced() || e.getKey().namespace().equals(namespace)) {
                out.add(type.cast(e.getValue()));
            }
        }
        return out;
    }

    /** Registers a listener for every later change; run the returned handle to stop listening. */
    public Runnable subscribe(Consumer<WatchEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    public String resourceVersion() {
        return Long.toString(resourceVersion);
    }

    @SuppressWarnings("unchecked")
    private <T extends KubeObject> T stamp(T object) {
        resourceVersion++;
        return (T) object.withMetadata(object.metadata().withResourceVersion(Long.toString(resourceVersion)));
    }

    private void publish(WatchEvent event) {
        for (Consumer<WatchEvent> s : List.copyOf(subscribers)) {
            s.accept(event);
        }
    }

    private static ObjectKey keyOf(KubeObject o) {
        return new ObjectKey(ns(o.kind(), o.metadata().namespace()), o.metadata().name());
    }

    private static String ns(Kind kind, String namespace) {
        return kind.namespaced() ? namespace : "";
    }
}
