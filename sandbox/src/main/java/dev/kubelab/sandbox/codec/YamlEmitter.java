package dev.kubelab.sandbox.codec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a tree of maps, lists and scalars as sigs.k8s.io/yaml (go-yaml v2) does: keys sorted, two-space
 * indentation, sequences not indented under their key, {@code {}} / {@code []} for empty collections.
 */
public final class YamlEmitter {
    private final YamlWriter w = new YamlWriter();

    private YamlEmitter() {
    }

    /** One document, ending with a newline. */
    public static String emit(Object tree) {
        YamlEmitter e = new YamlEmitter();
        if (tree instanceof Map && !((Map<?, ?>) tree).isEmpty()) {
            e.mapping((Map<?, ?>) tree, 0, false);
        } else if (tree instanceof List && !((List<?>) tree).isEmpty()) {
            e.sequence((List<?>) tree, 0, false);
        } else {
            e.scalarOrEmpty(tree, 0);
        }
        return e.w.write('\n').toString();
    }

    private void mapping(Map<?, ?> map, int indent, boolean inline) {
        boolean first = true;
        for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
            if (!(first && inline)) {
                w.newLine(indent);
            }
            first = false;
            YamlScalars.write(w, String.valueOf(entry.getKey()), indent, true);
            w.write(':');
            Object value = entry.getValue();
            if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
                mapping((Map<?, ?>) value, indent + 2, false);
            } else if (value instanceof List && !((List<?>) value).isEmpty()) {
                sequence((List<?>) value, indent, false);
            } else {
                w.write(' ');
                scalarOrEmpty(value, indent + 2);
            }
        }
    }

    private void sequence(List<?> list, int indent, boolean inline) {
        boolean first = true;
        for (Object item : list) {
            if (!(first && inline)) {
                w.newLine(indent);
            }
            first = false;
            w.write("- ");
            if (item instanceof Map && !((Map<?, ?>) item).isEmpty()) {
                mapping((Map<?, ?>) item, indent + 2, true);
            } else if (item instanceof List && !((List<?>) item).isEmpty()) {
                sequence((List<?>) item, indent + 2, true);
            } else {
                scalarOrEmpty(item, indent + 2);
            }
        }
    }

    private void scalarOrEmpty(Object value, int indent) {
        if (value == null) {
            w.write("null");
        } else if (value instanceof Map) {
            w.write("{}");
        } else if (value instanceof List) {
            w.write("[]");
        } else if (value instanceof String) {
            YamlScalars.write(w, (String) value, indent, false);
        } else if (value instanceof Double || value instanceof Float) {
            w.write(GoNumbers.formatFloat(((Number) value).doubleValue()));
        } else {
            w.write(String.valueOf(value));
        }
    }
}
