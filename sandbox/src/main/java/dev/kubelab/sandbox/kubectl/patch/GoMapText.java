package dev.kubelab.sandbox.kubectl.patch;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** fmt's %v of decoded JSON: {@code map[nodePort:30080 protocol:TCP]}, lists as {@code [a b]}, keys sorted. */
final class GoMapText {
    private GoMapText() {
    }

    static String of(Object value) {
        if (value instanceof Map) {
            StringJoiner sj = new StringJoiner(" ", "map[", "]");
            new TreeMap<>((Map<?, ?>) value).forEach((k, v) -> sj.add(k + ":" + of(v)));
            return sj.toString();
        }
        if (value instanceof List) {
            StringJoiner sj = new StringJoiner(" ", "[", "]");
            ((List<?>) value).forEach(v -> sj.add(of(v)));
            return sj.toString();
        }
        return value == null ? "<nil>" : String.valueOf(value);
    }
}
