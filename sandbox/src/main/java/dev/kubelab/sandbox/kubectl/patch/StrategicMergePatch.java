package dev.kubelab.sandbox.kubectl.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Strategic merge patch (apimachinery strategicpatch) on JSON-shaped trees: like a merge patch, but lists with a
 * patchMergeKey ({@link PatchMergeKeys}) merge by that key — a patch item updates the live item with the same
 * key, or is appended — and the directive {@code $patch: delete|replace} removes an item or replaces a whole map.
 */
final class StrategicMergePatch {
    private static final String DIRECTIVE = "$patch";

    private StrategicMergePatch() {
    }

    /** target: the live object's tree; patch: a map (the caller checks). */
    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        return mergeMap(target, patch, new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeMap(Map<String, Object> target, Map<String, Object> patch,
                                                List<String> path) {
        if ("replace".equals(patch.get(DIRECTIVE))) {
            Map<String, Object> replaced = new TreeMap<>(patch);
            replaced.remove(DIRECTIVE);
            return replaced;
        }
        Map<String, Object> out = new TreeMap<>(target);
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (key.startsWith("$")) {
                continue; // $retainKeys, $setElementOrder/…: orderings kubectl apply sends; not modelled
            }
            if (value == null) {
                out.remove(key);
                continue;
            }
            List<String> at = new ArrayList<>(path);
            at.add(key);
            Object current = out.get(key);
            if (value instanceof Map && current instanceof Map) {
                out.put(key, mergeMap((Map<String, Object>) current, (Map<String, Object>) value, at));
            } else if (value instanceof List && current instanceof List && PatchMergeKeys.of(at) != null) {
                out.put(key, mergeList((List<Object>) current, (List<Object>) value, at, PatchMergeKeys.of(at)));
            } else if (value instanceof Map) {
                out.put(key, mergeMap(new TreeMap<>(), (Map<String, Object>) value, at));
            } else if (value instanceof List && PatchMergeKeys.of(at) != null) {
                out.put(key, mergeList(List.of(), (List<Object>) value, at, PatchMergeKeys.of(at)));
            } else {
                out.put(key, value);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeList(List<Object> target, List<Object> patch, List<String> path, String key) {
        List<Object> out = new ArrayList<>(target);
        for (Object item : patch) {
            if (!(item instanceof Map)) {
                throw PatchRejected.plain("unable to find api field in struct for the list item " + item);
            }
            Map<String, Object> wanted = (Map<String, Object>) item;
            Object id = wanted.get(key);
            if (id == null) {
                throw PatchRejected.plain("map: " + GoMapText.of(wanted) + " does not contain declared merge key: "
                        + key);
            }
            int at = indexOf(out, key, id);
            if ("delete".equals(wanted.get(DIRECTIVE))) {
                if (at >= 0) {
                    out.remove(at);
                }
            } else if (at >= 0) {
                out.set(at, mergeMap((Map<String, Object>) out.get(at), wanted, path));
            } else {
                out.add(mergeMap(new TreeMap<>(), wanted, path));
            }
        }
        return ordered(out, patch, target, key);
    }

    /**
     * normalizeElementOrder: the items the patch names come in the patch's order, the others keep the live
     * order, and the two runs are interleaved by the live order where both items had a place in it.
     */
    private static List<Object> ordered(List<Object> merged, List<Object> patch, List<Object> live, String key) {
        List<Object> named = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (Object item : merged) {
            (indexOf(patch, key, ((Map<?, ?>) item).get(key)) >= 0 ? named : others).add(item);
        }
        named.sort(java.util.Comparator.comparingInt(item -> indexOf(patch, key, ((Map<?, ?>) item).get(key))));
        List<Object> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < named.size() || j < others.size()) {
            if (j >= others.size()) {
                out.add(named.get(i++));
            } else if (i >= named.size()) {
                out.add(others.get(j++));
            } else {
                int li = indexOf(live, key, ((Map<?, ?>) named.get(i)).get(key));
                int ri = indexOf(live, key, ((Map<?, ?>) others.get(j)).get(key));
                out.add(li >= 0 && ri >= 0 && li < ri ? named.get(i++) : others.get(j++));
            }
        }
        return out;
    }

    private static int indexOf(List<Object> items, String key, Object id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map && id.equals(((Map<?, ?>) items.get(i)).get(key))) {
                return i;
            }
        }
        return -1;
    }
}
