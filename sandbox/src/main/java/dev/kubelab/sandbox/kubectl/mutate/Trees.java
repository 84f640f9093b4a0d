package dev.kubelab.sandbox.kubectl.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON-shaped trees (maps, lists, scalars) as apply handles them: deep copies with keys sorted, whole numbers as long. */
public final class Trees {
    private Trees() {
    }

    public static Object copy(Object v) {
        if (v instanceof Map) {
            Map<String, Object> out = new TreeMap<>();
            ((Map<?, ?>) v).forEach((k, val) -> out.put(String.valueOf(k), copy(val)));
            return out;
        }
        if (v instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) v) {
                out.add(copy(item));
            }
            return out;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> copyMap(Map<?, ?> v) {
        return (Map<String, Object>) copy(v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        Map<String, Object> created = new TreeMap<>();
        parent.put(key, created);
        return created;
    }
}
