package dev.kubelab.sandbox.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fields of a manifest that the API server's strict decoding rejects and that the records can recognise for
 * certain: a key that differs only in case from a field the records model ("targetport" for "targetPort").
 * JSON field names are case-sensitive, so such a key is an unknown field to Kubernetes. Other unknown keys are
 * not reported: the records model only part of each Kubernetes type, so absence there proves nothing.
 */
final class MisspelledFields {
    private MisspelledFields() {
    }

    /** The JSON paths of such keys in {@code tree}, decoded as {@code type}, in document order. */
    static List<String> of(Map<?, ?> tree, Class<?> type, String root) {
        List<String> out = new ArrayList<>();
        record(tree, type, root, "", out);
        return out;
    }

    private static void record(Map<?, ?> map, Class<?> type, String root, String at, List<String> out) {
        // The record's fields as nested JSON paths: "spec.replicas" puts "replicas" under the "spec" map.
        Map<String, Map<String, Type>> levels = new HashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            List<String> path = Layouts.split(Layouts.path(root, type, c.getName()));
            for (int i = 0; i < path.size(); i++) {
                String parent = String.join(".", path.subList(0, i));
                levels.computeIfAbsent(parent, k -> new HashMap<>()).put(path.get(i),
                        i == path.size() - 1 ? c.getGenericType() : Map.class);
            }
        }
        level(map, "", levels, root, at, out);
    }

    private static void level(Map<?, ?> map, String prefix, Map<String, Map<String, Type>> levels, String root,
                              String at, List<String> out) {
        Map<String, Type> known = levels.getOrDefault(prefix, Map.of());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String here = at.isEmpty() ? key : at + "." + key;
            Type type = known.get(key);
            if (type == null) {
                if (differsOnlyInCase(key, known)) {
                    out.add(here);
                }
                continue;
            }
            String nested = prefix.isEmpty() ? key : prefix + "." + key;
            if (type == Map.class && e.getValue() instanceof Map && levels.containsKey(nested)) {
                level((Map<?, ?>) e.getValue(), nested, levels, root, here, out);
            } else {
                value(e.getValue(), type, root, here, out);
            }
        }
    }

    private static void value(Object value, Type type, String root, String at, List<String> out) {
        Class<?> cls = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType()
                : type instanceof Class ? (Class<?>) type : Object.class;
        if (cls.isRecord() && value instanceof Map) {
            record((Map<?, ?>) value, cls, root, at, out);
        } else if (List.class.isAssignableFrom(cls) && value instanceof List && type instanceof ParameterizedType) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<?> items = (List<?>) value;
            for (int i = 0; i < items.size(); i++) {
                value(items.get(i), element, root, at + "[" + i + "]", out);
            }
        }
    }

    private static boolean differsOnlyInCase(String key, Map<String, Type> known) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String k : known.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(lower)) {
                return true;
            }
        }
        return false;
    }
}
