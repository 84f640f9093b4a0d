package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.registry.validation.NameRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KEY=VALUE and KEY- arguments of `kubectl label` / `kubectl annotate` (label.go parseLabels), separated
 * from the resource arguments: a word without '=' that does not end in '-' names a resource.
 */
public final class KeyUpdates {
    private final List<String> resourceArgs = new ArrayList<>();
    private final Map<String, String> set = new LinkedHashMap<>();
    private final List<String> remove = new ArrayList<>();

    private KeyUpdates() {
    }

    /** labels = true validates keys and values as label keys and values (annotations only check keys). */
    public static KeyUpdates parse(List<String> words, boolean labels) {
        KeyUpdates u = new KeyUpdates();
        String kind = labels ? "label" : "annotation";
        for (String w : words) {
            if (w.contains("=")) {
                String[] kv = w.split("=", -1);
                if (kv.length != 2) {
                    throw new UsageException("invalid " + kind + " spec: " + w);
                }
                List<String> keyErrors = NameRules.qualifiedName(kv[0]);
                if (!keyErrors.isEmpty()) {
                    throw new UsageException("invalid " + kind + " spec: " + w + ", " + String.join("; ", keyErrors));
                }
                if (labels) {
                    List<String> valueErrors = NameRules.labelValue(kv[1]);
                    if (!valueErrors.isEmpty()) {
                        throw new UsageException("invalid label value: \"" + w + "\": "
                                + String.join("; ", valueErrors));
                    }
                }
                u.set.put(kv[0], kv[1]);
            } else if (w.endsWith("-") && w.length() > 1) {
                u.remove.add(w.substring(0, w.length() - 1));
            } else {
                u.resourceArgs.add(w);
            }
        }
        for (String key : u.remove) {
            if (u.set.containsKey(key)) {
                throw new UsageException("can not both modify and remove " + (labels ? "a label" : "an annotation")
                        + " in the same command");
            }
        }
        return u;
    }

    /** No KEY=VALUE and no KEY-: only --list may go on ("at least one label update is required"). */
    public boolean isEmpty() {
        return set.isEmpty() && remove.isEmpty();
    }

    public List<String> resourceArgs() {
        return resourceArgs;
    }

    public List<String> removals() {
        return remove;
    }

    /** The conflicts --overwrite=false forbids, in kubectl's words (one per key, sorted by key). */
    public List<String> conflicts(Map<String, String> current) {
        List<String> out = new ArrayList<>();
        new TreeMap<>(set).forEach((k, v) -> {
            if (current.containsKey(k) && !current.get(k).equals(v)) {
                out.add("'" + k + "' already has a value (" + current.get(k) + ")");
            }
        });
        return out;
    }

    /** The map after the updates. */
    public Map<String, String> applyTo(Map<String, String> current) {
        Map<String, String> next = new TreeMap<>(current);
        next.putAll(set);
        remove.forEach(next::remove);
        return next;
    }
}
