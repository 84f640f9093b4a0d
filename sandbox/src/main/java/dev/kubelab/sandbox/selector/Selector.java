package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.api.LabelSelector;

import java.util.Map;

/**
 * A parsed label selector: what `-l`, Service selectors and workload selectors all come down to.
 * CONTRACT (being completed): equality- and set-based requirements, kubectl's parse errors.
 */
public interface Selector {

    boolean matches(Map<String, String> labels);

    /** Everything matches (an empty selector). */
    boolean isEmpty();

    /** A Service's spec.selector: equality only; an empty map selects nothing for Services (caller decides). */
    static Selector ofLabels(Map<String, String> labels) {
        return new MatchLabels(Map.copyOf(labels));
    }

    /** A workload's spec.selector (matchLabels + matchExpressions). */
    static Selector of(LabelSelector selector) {
        return ofLabels(selector.matchLabels());
    }

    /** Temporary equality-only implementation until the full parser lands. */
    record MatchLabels(Map<String, String> required) implements Selector {
        @Override
        public boolean matches(Map<String, String> labels) {
            return required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        }

        @Override
        public boolean isEmpty() {
            return required.isEmpty();
        }
    }
}
