package dev.kubelab.sandbox.api;

import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;

import java.util.Map;

/**
 * An object of a kind the engine keeps without modelling it (RBAC, Secrets, CRDs, custom resources): its type,
 * its metadata and the rest of its body (spec, status, data, rules...) as a JSON-shaped tree.
 * All such objects share {@link Kind#GENERIC}; the store keys them by type, so names of different types never clash.
 */
public record GenericObject(GenericType type, ObjectMeta metadata, Map<String, Object> body) implements KubeObject {
    public GenericObject {
        body = Map.copyOf(body);
        if (!type.namespaced() && !metadata.namespace().isEmpty()) {
            metadata = withoutNamespace(metadata);
        }
    }

    public static GenericObject of(String apiVersion, String kindName, ObjectMeta metadata, Map<String, Object> body) {
        return new GenericObject(GenericTypes.find(apiVersion, kindName).orElseThrow(), metadata, body);
    }

    @Override
    public Kind kind() {
        return Kind.GENERIC;
    }

    @Override
    public GenericObject withMetadata(ObjectMeta m) {
        return new GenericObject(type, m, body);
    }

    public GenericObject withBody(Map<String, Object> newBody) {
        return new GenericObject(type, metadata, newBody);
    }

    /** Where the store files it: the type's resource name, then the namespace ("ipaddresspools.metallb.io/ns"). */
    public String storeNamespace() {
        return type.storeNamespace(metadata.namespace());
    }

    private static ObjectMeta withoutNamespace(ObjectMeta m) {
        return new ObjectMeta(m.name(), "", m.uid(), m.resourceVersion(), m.creationTimestamp(), m.labels(),
                m.annotations(), m.ownerReferences(), m.deletionTimestamp(), m.generateName(), m.generation(),
                m.deletionGracePeriodSeconds());
    }
}
