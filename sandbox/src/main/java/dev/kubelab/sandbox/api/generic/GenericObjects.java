package dev.kubelab.sandbox.api.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and deletes of generic objects in the store, by type (they all live under {@link Kind#GENERIC}). */
public final class GenericObjects {
    private GenericObjects() {
    }

    public static Optional<GenericObject> get(ObjectStore store, GenericType type, String namespace, String name) {
        return store.get(GenericObject.class, type.storeNamespace(namespace), name);
    }

    /** In name order (namespace, then name); namespace null = every namespace. */
    public static List<GenericObject> list(ObjectStore store, GenericType type, String namespace) {
        if (namespace != null || !type.namespaced()) {
            return store.view(GenericObject.class, type.storeNamespace(namespace == null ? "" : namespace));
        }
        List<GenericObject> out = new ArrayList<>();
        for (GenericObject o : store.view(GenericObject.class, null)) {
            if (o.type().equals(type)) {
                out.add(o);
            }
        }
        return out;
    }

    public static void delete(ObjectStore store, GenericType type, String namespace, String name) {
        store.delete(Kind.GENERIC, type.storeNamespace(namespace), name);
    }

    /** Whether the API server serves the type now: built-in ones always, custom ones while their CRD exists. */
    public static boolean served(ObjectStore store, GenericType type) {
        return !type.custom() || get(store, GenericTypes.CRD, "", type.crdName()).isPresent();
    }
}
