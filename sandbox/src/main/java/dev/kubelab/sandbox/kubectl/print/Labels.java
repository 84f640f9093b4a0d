package dev.kubelab.sandbox.kubectl.print;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** labels.FormatLabels: "k=v" sorted by key, comma-joined, or "&lt;none&gt;". */
public final class Labels {
    private Labels() {
    }

    public static String format(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "<none>";
        }
        StringJoiner joiner = new StringJoiner(",");
        new TreeMap<>(labels).forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }
}
