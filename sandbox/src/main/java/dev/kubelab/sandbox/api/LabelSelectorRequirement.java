package dev.kubelab.sandbox.api;

import java.util.List;

/** One matchExpressions entry: key, operator (In, NotIn, Exists, DoesNotExist) and values. */
public record LabelSelectorRequirement(String key, String operator, List<String> values) {
    public LabelSelectorRequirement {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
