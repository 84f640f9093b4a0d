package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.kubectl.ResourceTypes;
import dev.kubelab.sandbox.selector.SelectorException;
import dev.kubelab.sandbox.selector.field.FieldLabels;
import dev.kubelab.sandbox.selector.field.FieldSelector;

import java.util.List;
import java.util.Optional;

/**
 * --field-selector for the verbs that list their targets (delete, label, annotate): the server parses it and
 * converts its fields for each kind listed; a refusal becomes that listing's BadRequest error.
 */
final class TargetFields {
    private TargetFields() {
    }

    /** The kind's field selector (everything for a blank one), or empty after adding the server's error. */
    static Optional<FieldSelector> of(Kind kind, String labelSelector, String fieldSelector, List<String> errors) {
        if (fieldSelector.isEmpty()) {
            return Optional.of(FieldSelector.everything());
        }
        try {
            return Optional.of(FieldLabels.convert(kind, FieldSelector.parse(fieldSelector)));
        } catch (SelectorException e) {
            errors.add(e.kubectlMessage(ResourceTypes.groupVersionResource(kind), labelSelector, fieldSelector));
            return Optional.empty();
        }
    }
}
