package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulated etcd + apiserver storage: objects keyed by kind/namespace/name, listed in key order,
 * every change stamped with a new resourceVersion and announced to the subscribers.
 */
public final class ObjectStore {
    /** Kind.of scans the enum; a class → kind lookup is on every store call, so it is cached per class. */
    private static final ClassValue<Kind> KINDS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Kind computeValue(Class<?> type) {
            return Kind.of((Class<? extends KubeObject>) type);
        }
    };

    private final Map<Kind, KindTable> objects = new EnumMap<>(Kind.class);
    /** Copy on write: a subscriber added or removed while an event is delivered takes effect from the next one. */
    @SuppressWarnings("unchecked")
    private Consumer<WatchEvent>[] subscribers = new Consumer[0];
    private long resourceVersion;

    /** How many objects the store holds, of every kind. */
    public int size() {
        int total = 0;
        for (KindTable ofKind : objects.values()) {
            total += ofKind.size();
        }
        return total;
    }

    public <T extends KubeObject> T create(T object) {
        ObjectKey key = keyOf(object);
        KindTable ofKind = objects.computeIfAbsent(object.kind(), k -> new KindTable());
        if (ofKind.contains(key)) {
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
        KindTable ofKind = objects.get(object.kind());
        if (ofKind == null || !ofKind.contains(key)) {
            throw new IllegalStateException("update of a missing object " + key);
        }
        T stamped = stamp(object);
        ofKind.put(key, stamped);
        publish(new WatchEvent(WatchEvent.Type.MODIFIED, stamped));
        return stamped;
    }

    public Optional<KubeObject> delete(Kind kind, String namespace, String name) {
        KindTable ofKind = objects.get(kind);
        KubeObject removed = ofKind == null ? null : ofKind.remove(new ObjectKey(ns(kind, namespace), name));
        if (removed != null) {
            resourceVersion++;
            publish(new WatchEvent(WatchEvent.Type.DELETED, removed));
        }
        return Optional.ofNullable(removed);
    }

    public <T extends KubeObject> Optional<T> get(Class<T> type, String namespace, String name) {
        Kind kind = KINDS.get(type);
        KindTable ofKind = objects.get(kind);
        KubeObject found = ofKind == null ? null : ofKind.get(new ObjectKey(ns(kind, namespace), name));
        return Optional.ofNullable(found).map(type::cast);
    }

    /** Objects of one kind, sorted by namespace then name; namespace null = all namespaces. A fresh list. */
    public <T extends KubeObject> List<T> list(Class<T> type, String namespace) {
        return new ArrayList<>(view(type, namespace));
    }

    /**
     * What {@link #list} returns, as an immutable snapshot shared until the kind changes: no copy, for the
     * controllers that list whole kinds on every pass. Later writes do not show in a snapshot already taken.
     */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject> List<T> view(Class<T> type, String namespace) {
        Kind kind = KINDS.get(type);
        KindTable ofKind = objects.get(kind);
        if (ofKind == null) {
            return List.of();
        }
        // Every object of a kind is of the kind's class, so the unchecked casts hold.
        if (namespace == null || !kind.namespaced()) {
            return (List<T>) ofKind.all();
        }
        return (List<T>) ofKind.inNamespace(namespace);
    }

    /**
     * The objects of one namespace (all of a cluster-scoped kind) in key order, uncopied and live: for a scan
     * that looks before it writes. Writing to the same kind while iterating fails like any changed collection.
     */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject> Collection<T> live(Class<T> type, String namespace) {
        Kind kind = KINDS.get(type);
        KindTable ofKind = objects.get(kind);
        return ofKind == null ? List.of() : (Collection<T>) ofKind.live(ns(kind, namespace));
    }

    /**
     * Objects of the namespace whose controller owner reference has {@code controllerUid}, together with those
     * without any controller, in key order: what a controller's claim (adopt orphans, keep its own) looks at.
     */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject> List<T> claimable(Class<T> type, String namespace, String controllerUid) {
        Kind kind = KINDS.get(type);
        KindTable ofKind = objects.get(kind);
        return ofKind == null ? List.of() : (List<T>) ofKind.claimable(ns(kind, namespace), controllerUid);
    }

    /** Registers a listener for every later change; run the returned handle to stop listening. */
    public Runnable subscribe(Consumer<WatchEvent> subscriber) {
        subscribers = Arrays.copyOf(subscribers, subscribers.length + 1);
        subscribers[subscribers.length - 1] = subscriber;
        return () -> unsubscribe(subscriber);
    }

    public String resourceVersion() {
        return ResourceVersionText.of(resourceVersion);
    }

    @SuppressWarnings("unchecked")
    private void unsubscribe(Consumer<WatchEvent> subscriber) {
        List<Consumer<WatchEvent>> rest = new ArrayList<>(Arrays.asList(subscribers));
        if (rest.remove(subscriber)) {
            subscribers = rest.toArray(new Consumer[0]);
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends KubeObject> T stamp(T object) {
        resourceVersion++;
        String version = ResourceVersionText.of(resourceVersion);
        return (T) object.withMetadata(object.metadata().withResourceVersion(version));
    }

    private void publish(WatchEvent event) {
        for (Consumer<WatchEvent> s : subscribers) {
            s.accept(event);
        }
    }

    private static ObjectKey keyOf(KubeObject o) {
        if (o instanceof GenericObject) { // generic kinds share one table: the type is part of the key
            return new ObjectKey(((GenericObject) o).storeNamespace(), o.metadata().name());
        }
        return new ObjectKey(ns(o.kind(), o.metadata().namespace()), o.metadata().name());
    }

    private static String ns(Kind kind, String namespace) {
        return kind.namespaced() ? namespace : "";
    }
}
