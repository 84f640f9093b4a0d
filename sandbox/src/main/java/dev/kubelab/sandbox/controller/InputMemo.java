package dev.kubelab.sandbox.controller;

import java.util.HashMap;
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

    /** True when {@code inputs} are the very instances the sync of {@code key} last ran on; else remembers them. */
    boolean unchanged(String key, Object... inputs) {
        Object[] last = lastInputs.get(key);
        if (last != null && last.length == inputs.length && same(last, inputs)) {
            return true;
        }
        lastInputs.put(key, inputs);
        return false;
    }

    /** Forgets objects that are gone, so the memo holds no stale instances of them. */
    void retainOnly(Set<String> keys) {
        lastInputs.keySet().retainAll(keys);
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
