package dev.kubelab.sandbox.kubectl.mutate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A simplified three-way strategic merge, as `kubectl apply` patches a live object: fields of the new manifest
 * win, fields the previous manifest had and the new one dropped are removed, everything else (clusterIP,
 * nodePorts, status, fields set by others) stays. Lists of objects are merged by their key (name, port,
 * containerPort, mountPath) so that server-set fields of an item (a port's nodePort) survive; the new
 * manifest decides which items exist and their order.
 */
final class ApplyMerge {
    private static final List<String> MERGE_KEYS = List.of("containerPort", "port", "name", "mountPath", "ip");

    private ApplyMerge() {
    }

    /** live and desired are copies (see {@link Trees#copy}); previous may be null. */
    static Map<String, Object> merge(Map<String, Object> live, Map<String, Object> desired, Map<?, ?> previous) {
        Map<String, Object> out = new TreeMap<>(live);
        if (previous != null) {
            for (Object key : previous.keySet()) {
                if (!desired.containsKey(String.valueOf(key))) {
                    out.remove(String.valueOf(key));
                }
            }
        }
        for (Map.Entry<String, Object> e : desired.entrySet()) {
            Object before = previous == null ? null : previous.get(e.getKey());
            out.put(e.getKey(), mergeValue(out.get(e.getKey()), e.getValue(), before));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValue(Object live, Object desired, Object previous) {
        if (live instanceof Map && desired instanceof Map) {
            return merge((Map<String, Object>) live, (Map<String, Object>) desired,
                    previous instanceof Map ? (Map<?, ?>) previous : null);
        }
        if (live instanceof List && desired instanceof List) {
            return mergeList((List<Object>) live, (List<Object>) desired);
        }
        return desired;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeList(List<Object> live, List<Object> desired) {
        String key = mergeKey(desired);
        if (key == null) {
            return desired;
        }
        List<Object> out = new ArrayList<>();
        for (Object item : desired) {
            Map<String, Object> wanted = (Map<String, Object>) item;
            Map<String, Object> match = null;
            for (Object l : live) {
                if (l instanceof Map && wanted.get(key).equals(((Map<?, ?>) l).get(key))
                        && sameProtocol(key, wanted, (Map<?, ?>) l)) {
                    match = (Map<String, Object>) l;
                }
            }
            out.add(match == null ? wanted : merge(match, wanted, null));
        }
        return out;
    }

    /** Ports are told apart by protocol too (7946/TCP and 7946/UDP); an absent protocol is TCP. */
    private static boolean sameProtocol(String key, Map<?, ?> wanted, Map<?, ?> live) {
        if (!key.equals("containerPort") && !key.equals("port")) {
            return true;
        }
        Object a = wanted.get("protocol");
        Object b = live.get("protocol");
        return (a == null ? "TCP" : a).equals(b == null ? "TCP" : b);
    }

    private static String mergeKey(List<Object> items) {
        if (items.isEmpty() || !items.stream().allMatch(i -> i instanceof Map)) {
            return null;
        }
        for (String key : MERGE_KEYS) {
            if (items.stream().allMatch(i -> ((Map<?, ?>) i).get(key) != null)) {
                return key;
            }
        }
        return null;
    }
}
