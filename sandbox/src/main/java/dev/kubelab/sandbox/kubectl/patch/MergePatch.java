package dev.kubelab.sandbox.kubectl.patch;

import java.util.Map;
import java.util.TreeMap;

/** JSON merge patch (RFC 7386): objects merge key by key, null deletes a key, anything else (lists too) replaces. */
final class MergePatch {
    private MergePatch() {
    }

    @SuppressWarnings("unchecked")
    static Object apply(Object target, Object patch) {
        if (!(patch instanceof Map)) {
            return patch;
        }
        Map<String, Object> out = target instanceof Map ? new TreeMap<>((Map<String, Object>) target) : new TreeMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) patch).entrySet()) {
            if (e.getValue() == null) {
                out.remove(e.getKey());
            } else {
                out.put(e.getKey(), apply(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }
}
