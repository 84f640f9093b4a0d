package dev.kubelab.sandbox.kubectl.print;

import java.util.List;

/**
 * How `kubectl get` decorates a table: -o wide, NAMESPACE column (-A), kind/name prefixes (several
 * kinds), --show-labels, --no-headers, and one column per -L label key.
 */
public record PrintOptions(boolean wide, boolean withNamespace, boolean withKind, boolean showLabels,
                           boolean noHeaders, List<String> labelColumns) {
    public PrintOptions {
        labelColumns = List.copyOf(labelColumns);
    }

    public PrintOptions(boolean wide, boolean withNamespace, boolean withKind, boolean showLabels,
                        boolean noHeaders) {
        this(wide, withNamespace, withKind, showLabels, noHeaders, List.of());
    }
}
