package dev.kubelab.sandbox.registry.workload;

import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.LabelSelectorRequirement;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.validation.MetaValidation;
import dev.kubelab.sandbox.registry.validation.NameRules;

import java.util.ArrayList;
import java.util.List;

/** unversioned ValidateLabelSelector: matchLabels as labels, each matchExpressions entry by its operator. */
final class SelectorValidation {
    private SelectorValidation() {
    }

    static List<FieldError> of(LabelSelector selector, String field) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.labels(selector.matchLabels(), field + ".matchLabels"));
        List<LabelSelectorRequirement> expressions = selector.matchExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            errs.addAll(requirement(expressions.get(i), field + ".matchExpressions[" + i + "]"));
        }
        return errs;
    }

    /** True when metav1.LabelSelectorAsSelector would fail on it (an invalid key, value or operator use). */
    static boolean unparsable(LabelSelector selector) {
        return !of(selector, "").isEmpty();
    }

    private static List<FieldError> requirement(LabelSelectorRequirement r, String field) {
        List<FieldError> errs = new ArrayList<>();
        String op = r.operator() == null ? "" : r.operator();
        switch (op) {
            case "In":
            case "NotIn":
                if (r.values().isEmpty()) {
                    errs.add(FieldError.required(field + ".values",
                            "must be specified when `operator` is 'In' or 'NotIn'"));
                }
                break;
            case "Exists":
            case "DoesNotExist":
                if (!r.values().isEmpty()) {
                    errs.add(FieldError.forbidden(field + ".values",
                            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
                }
                break;
            default:
                errs.add(FieldError.invalidString(field + ".operator", op, "not a valid selector operator"));
        }
        for (String msg : NameRules.qualifiedName(r.key() == null ? "" : r.key())) {
            errs.add(FieldError.invalidString(field + ".key", r.key(), msg));
        }
        for (int i = 0; i < r.values().size(); i++) {
            for (String msg : NameRules.labelValue(r.values().get(i))) {
                errs.add(FieldError.invalidString(field + ".values[" + i + "]", r.values().get(i), msg));
            }
        }
        return errs;
    }
}
