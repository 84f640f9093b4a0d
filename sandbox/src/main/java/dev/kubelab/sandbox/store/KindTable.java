package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.OwnerReference;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The objects of one kind in key order, with read-only snapshots (all, per namespace) that are built once and
 * reused until the kind changes, and an index by controller uid built the first time a controller asks.
 * Snapshots are immutable lists: a caller may keep iterating one while it writes to the store.
 */
final class KindTable {
    /** Index key of the objects without a controller owner reference. */
    private static final String NO_CONTROLLER = "";

    private final TreeMap<ObjectKey, KubeObject> rows = new TreeMap<>();
    private List<KubeObject> all;
    /** namespace → snapshot; null until first asked for (heap: most kinds of an idle sandbox never are). */
    private Map<String, List<KubeObject>> byNamespace;
    /** controller uid (or NO_CONTROLLER) → owned objects; null until first asked for (most kinds never are). */
    private Map<String, TreeMap<ObjectKey, KubeObject>> byController;

    int size() {
        return rows.size();
    }

    boolean contains(ObjectKey key) {
        return rows.containsKey(key);
    }

    KubeObject get(ObjectKey key) {
        return rows.get(key);
    }

    void put(ObjectKey key, KubeObject object) {
        KubeObject previous = rows.put(key, object);
        changed(key);
        if (byController != null) {
            if (previous != null) {
                unindex(key, previous);
            }
            index(key, object);
        }
    }

    KubeObject remove(ObjectKey key) {
        KubeObject removed = rows.remove(key);
        if (removed != null) {
            changed(key);
            if (byController != null) {
                unindex(key, removed);
            }
        }
        return removed;
    }

    List<KubeObject> all() {
        if (all == null) {
            all = List.copyOf(rows.values());
        }
        return all;
    }

    List<KubeObject> inNamespace(String namespace) {
        if (byNamespace == null) {
            byNamespace = new HashMap<>(4);
        }
        List<KubeObject> cached = byNamespace.get(namespace);
        if (cached == null) {
            cached = List.copyOf(ofNamespace(rows, namespace).values());
            byNamespace.put(namespace, cached);
        }
        return cached;
    }

    /** The namespace's objects as they are now, read-only and uncopied: no writes to the kind while iterating. */
    Collection<KubeObject> live(String namespace) {
        return Collections.unmodifiableCollection(ofNamespace(rows, namespace).values());
    }

    /** Objects of the namespace whose controller is {@code controllerUid} or that have none, in key order. */
    List<KubeObject> claimable(String namespace, String controllerUid) {
        if (byController == null) {
            byController = new HashMap<>();
            rows.forEach(this::index);
        }
        NavigableMap<ObjectKey, KubeObject> owned = ofNamespace(byController.get(controllerUid), namespace);
        NavigableMap<ObjectKey, KubeObject> orphans = ofNamespace(byController.get(NO_CONTROLLER), namespace);
        if (owned.isEmpty() || orphans.isEmpty() || controllerUid.equals(NO_CONTROLLER)) {
            return List.copyOf((owned.isEmpty() ? orphans : owned).values());
        }
        TreeMap<ObjectKey, KubeObject> merged = new TreeMap<>(owned);
        merged.putAll(orphans);
        return List.copyOf(merged.values());
    }

    private void changed(ObjectKey key) {
        all = null;
        if (byNamespace != null) {
            byNamespace.remove(key.namespace());
        }
    }

    private void index(ObjectKey key, KubeObject object) {
        byController.computeIfAbsent(controllerUid(object), uid -> new TreeMap<>()).put(key, object);
    }

    private void unindex(ObjectKey key, KubeObject object) {
        String uid = controllerUid(object);
        TreeMap<ObjectKey, KubeObject> owned = byController.get(uid);
        owned.remove(key);
        if (owned.isEmpty()) {
            byController.remove(uid);
        }
    }

    private static String controllerUid(KubeObject object) {
        OwnerReference ref = object.metadata().controllerRef();
        return ref == null ? NO_CONTROLLER : ref.uid();
    }

    private static NavigableMap<ObjectKey, KubeObject> ofNamespace(TreeMap<ObjectKey, KubeObject> map,
                                                                   String namespace) {
        if (map == null) {
            return Collections.emptyNavigableMap();
        }
        // namespace + NUL is the smallest namespace after this one, so the range holds exactly its keys.
        return map.subMap(ObjectKey.first(namespace), true, ObjectKey.first(namespace + '\0'), false);
    }
}
