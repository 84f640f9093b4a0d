package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.codec.FieldSchema.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fields of a manifest that the API server's strict decoding does not know, as paths
 * ("spec.ports[0].targetport"), for the kinds {@link FieldSchema} covers. An unknown key is reported and not
 * looked into. The order is the one the server meets them in: kubectl sends the object as JSON encoded from a
 * Go map, which sorts the keys of every level.
 */
final class UnknownFields {
    private UnknownFields() {
    }

    /** Empty when every field is known, or when the schema does not cover the kind (custom resources). */
    static List<String> of(Map<?, ?> tree) {
        FieldSchema schema = FieldSchema.shared();
        Map<String, Field> root = schema.root(tree.get("apiVersion"), tree.get("kind"));
        List<String> out = new ArrayList<>();
        if (root != null) {
            object(schema, tree, root, "", out);
        }
        return out;
    }

    private static void object(FieldSchema schema, Map<?, ?> map, Map<String, Field> fields, String at,
                               List<String> out) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        sorted.forEach((key, value) -> {
            String here = at.isEmpty() ? key : at + "." + key;
            Field field = fields.get(key);
            if (field == null) {
                out.add(here);
            } else if (field.shape() == FieldSchema.Shape.OBJECT && value instanceof Map) {
                object(schema, (Map<?, ?>) value, schema.fields(field.type()), here, out);
            } else if (field.shape() == FieldSchema.Shape.LIST && value instanceof List) {
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Map) {
                        object(schema, (Map<?, ?>) items.get(i), schema.fields(field.type()), here + "[" + i + "]",
                                out);
                    }
                }
            }
        });
    }
}
