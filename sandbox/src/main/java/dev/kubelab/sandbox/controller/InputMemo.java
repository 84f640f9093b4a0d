package dev.kubelab.sandbox.controller;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one sync last read, per object, compared by identity: store objects are immutable and replaced on every
 * write, and a store view stays the same list until its kind changes in its namespace. A sync that is a pure
 * function of those inputs wrote nothing the last time they were the same instances (had it written, one of
 * them would be a new instance now), so running it again would write nothing either and can be skipped.
 */
final class InputMemo {
    private final Map<String, Object[]> lastInputs = new HashMap<>();
    /** The keys asked about since the last {@link #endPass()}. */
    private final Set<String> asked = new HashSet<>();

    /** True when {@code inputs} are the very instances the sync of {@code key} last ran on; else remembers them. */
    boolean unchanged(String key, Object... inputs) {
        asked.add(key);
        Object[] last = lastInputs.get(key);
        if (last != null && last.length == inputs.length && same(last, inputs)) {
            return true;
        }
        lastInputs.put(key, inputs);
        return false;
    }

    /**
     * Ends a controller's pass: forgets the objects it did not ask about (gone, or being deleted), so the memo
     * holds no stale instances. Forgetting only costs one more run of a sync that then writes nothing.
     */
    void endPass() {
        lastInputs.keySet().retainAll(asked);
        asked.clear();
    }

    private static boolean same(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
