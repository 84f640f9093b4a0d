package dev.kubelab.sandbox.api;

import java.util.Map;

/** spec.selector of workloads (matchExpressions come later). */
public record LabelSelector(Map<String, String> matchLabels) {
    public LabelSelector {
        matchLabels = Map.copyOf(matchLabels);
    }
}
