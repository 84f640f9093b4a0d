package dev.kubelab.sandbox.codec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Go's json.MarshalIndent(v, "", "    ") over maps (keys sorted) plus the newline kubectl's printer adds. */
public final class JsonEmitter {
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;

    private JsonEmitter(boolean pretty) {
        this.pretty = pretty;
    }

    /** json.Marshal: one line, no spaces (as kubectl quotes a document in "is missing in" errors). */
    public static String compact(Object tree) {
        JsonEmitter e = new JsonEmitter(false);
        e.value(tree, 0);
        return e.out.toString();
    }

    public static String emit(Object tree) {
        JsonEmitter e = new JsonEmitter(true);
        e.value(tree, 0);
        return e.out.append('\n').toString();
    }

    private void value(Object v, int depth) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Map) {
            object((Map<?, ?>) v, depth);
        } else if (v instanceof List) {
            array((List<?>) v, depth);
        } else if (v instanceof String) {
            string((String) v);
        } else if (v instanceof Double || v instanceof Float) {
            out.append(GoNumbers.formatFloat(((Number) v).doubleValue()));
        } else {
            out.append(v);
        }
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
            separate(first, depth + 1);
            first = false;
            string(String.valueOf(e.getKey()));
            out.append(pretty ? ": " : ":");
            value(e.getValue(), depth + 1);
        }
        separate(true, depth);
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            separate(first, depth + 1);
            first = false;
            value(item, depth + 1);
        }
        separate(true, depth);
        out.append(']');
    }

    /** Before an element (a comma unless first) or the closing bracket: a new line and indentation. */
    private void separate(boolean first, int depth) {
        if (!first) {
            out.append(',');
        }
        if (pretty) {
            out.append('\n').append("    ".repeat(depth));
        }
    }

    /** encoding/json string escaping, HTML-safe as Marshal is by default. */
    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
