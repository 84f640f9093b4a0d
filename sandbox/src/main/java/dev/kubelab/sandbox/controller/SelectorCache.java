package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.selector.Selector;

import java.util.HashMap;
import java.util.Map;

/**
 * Parsed workload selectors by value. Parsing validates every label against the name rules (regexes) and a
 * controller asks for the same few selectors on every pass; a selector is immutable, so sharing it is safe.
 */
final class SelectorCache {
    /** Past this many distinct selectors the cache starts over: bounded heap in a long-lived sandbox. */
    private static final int LIMIT = 64;
    private final Map<LabelSelector, Selector> parsed = new HashMap<>();

    Selector of(LabelSelector selector) {
        if (selector == null) {
            return Selector.of((LabelSelector) null);
        }
        Selector hit = parsed.get(selector);
        if (hit == null) {
            hit = Selector.of(selector); // an invalid selector throws here, as before, and is not kept
            if (parsed.size() >= LIMIT) {
                parsed.clear();
            }
            parsed.put(selector, hit);
        }
        return hit;
    }
}
