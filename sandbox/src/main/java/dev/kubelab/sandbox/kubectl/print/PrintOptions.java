package dev.kubelab.sandbox.kubectl.print;

/**
 * How `kubectl get` decorates a table: -o wide, NAMESPACE column (-A), kind/name prefixes (several
 * kinds), --show-labels, --no-headers.
 */
public record PrintOptions(boolean wide, boolean withNamespace, boolean withKind, boolean showLabels,
                           boolean noHeaders) {}
