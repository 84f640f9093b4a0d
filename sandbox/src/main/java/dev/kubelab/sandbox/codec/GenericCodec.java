package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.generic.GenericType;

import java.util.Map;
import java.util.TreeMap;

/** Trees of {@link GenericObject}s: metadata encoded like any object's, the rest of the body kept as written. */
final class GenericCodec {
    /** Metadata encodes the same under every root; ConfigMap's is the simplest. */
    private static final String META_ROOT = "ConfigMap";

    private GenericCodec() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> toTree(GenericObject object) {
        Map<String, Object> tree = new TreeMap<>(object.body());
        tree.put("apiVersion", object.type().apiVersion());
        tree.put("kind", object.type().kindName());
        Map<String, Object> meta = new TreeMap<>(
                (Map<String, Object>) RecordEncoder.value(object.metadata(), META_ROOT));
        meta.values().remove(null); // typed objects print "creationTimestamp: null"; unstructured ones do not
        tree.put("metadata", meta);
        return tree;
    }

    static GenericObject fromTree(GenericType type, Map<?, ?> tree) {
        Object rawMeta = tree.get("metadata");
        ObjectMeta meta = (ObjectMeta) RecordDecoder.value(rawMeta == null ? Map.of() : rawMeta, ObjectMeta.class,
                META_ROOT, new RecordDecoder.Field("ObjectMeta", "metadata"));
        Map<String, Object> body = new TreeMap<>();
        for (Map.Entry<?, ?> e : tree.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!key.equals("apiVersion") && !key.equals("kind") && !key.equals("metadata") && e.getValue() != null) {
                body.put(key, sorted(e.getValue()));
            }
        }
        return new GenericObject(type, meta, body);
    }

    /** Maps key-sorted all the way down, as the API server serialises unstructured objects. */
    private static Object sorted(Object value) {
        if (value instanceof Map) {
            Map<String, Object> out = new TreeMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof java.util.List) {
            java.util.List<Object> out = new java.util.ArrayList<>();
            ((java.util.List<?>) value).forEach(v -> out.add(sorted(v)));
            return out;
        }
        return value;
    }
}
