package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Objects;

/**
 * Custom resources (kinds a CRD defines) carry metadata.generation as the apiextensions server keeps it: 1 on
 * create, one more on every change of anything but metadata and status.
 */
final class CustomResources {
    private CustomResources() {
    }

    static boolean is(KubeObject object) {
        return object instanceof GenericObject && ((GenericObject) object).type().custom();
    }

    /** The update with its generation moved on when its spec (or any other non-status field) changed. */
    static GenericObject withGeneration(GenericObject update, ObjectStore store) {
        if (!update.type().custom()) {
            return update;
        }
        GenericObject current = GenericObjects.get(store, update.type(), update.metadata().namespace(),
                update.metadata().name()).orElse(null);
        if (current == null) {
            return update;
        }
        long generation = current.metadata().generation();
        if (!Objects.equals(withoutStatus(current), withoutStatus(update))) {
            generation++;
        }
        return update.withMetadata(update.metadata().withGeneration(generation));
    }

    private static java.util.Map<String, Object> withoutStatus(GenericObject o) {
        java.util.Map<String, Object> body = new java.util.HashMap<>(o.body());
        body.remove("status");
        return body;
    }
}
