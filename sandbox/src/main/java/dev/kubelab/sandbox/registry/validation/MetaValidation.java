package dev.kubelab.sandbox.registry.validation;

import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.registry.field.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** ValidateObjectMeta (name, namespace, labels, annotations) and ValidateLabels, with their messages. */
public final class MetaValidation {
    private static final long TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

    private MetaValidation() {
    }

    /** nameRule: e.g. NameRules::dns1035Label for Services. */
    public static List<FieldError> objectMeta(ObjectMeta meta, boolean requiresNamespace,
                                              Function<String, List<String>> nameRule) {
        List<FieldError> errs = new ArrayList<>();
        if (meta.generateName() != null && !meta.generateName().isEmpty()) {
            for (String msg : nameRule.apply(maskTrailingDash(meta.generateName()))) {
                errs.add(FieldError.invalidString("metadata.generateName", meta.generateName(), msg));
            }
        }
        if (meta.name() == null || meta.name().isEmpty()) {
            errs.add(FieldError.required("metadata.name", "name or generateName is required"));
        } else {
            for (String msg : nameRule.apply(meta.name())) {
                errs.add(FieldError.invalidString("metadata.name", meta.name(), msg));
            }
        }
        if (requiresNamespace) {
            if (meta.namespace().isEmpty()) {
                errs.add(FieldError.required("metadata.namespace", ""));
            } else {
                for (String msg : NameRules.dns1123Label(meta.namespace())) {
                    errs.add(FieldError.invalidString("metadata.namespace", meta.namespace(), msg));
                }
            }
        } else if (!meta.namespace().isEmpty()) {
            errs.add(FieldError.forbidden("metadata.namespace", "not allowed on this type"));
        }
        errs.addAll(labels(meta.labels(), "metadata.labels"));
        errs.addAll(annotations(meta.annotations(), "metadata.annotations"));
        return errs;
    }

    /** ValidateLabels: keys then values, in key order (Go walks the map at random; we pick one order). */
    public static List<FieldError> labels(Map<String, String> labels, String field) {
        List<FieldError> errs = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            for (String msg : NameRules.qualifiedName(e.getKey())) {
                errs.add(FieldError.invalidString(field, e.getKey(), msg));
            }
            for (String msg : NameRules.labelValue(e.getValue())) {
                errs.add(FieldError.invalidString(field, e.getValue(), msg));
            }
        }
        return errs;
    }

    /** ValidateAnnotations: keys are qualified names (lower-cased), total size at most 256 KiB. */
    public static List<FieldError> annotations(Map<String, String> annotations, String field) {
        List<FieldError> errs = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(annotations).entrySet()) {
            for (String msg : NameRules.qualifiedName(e.getKey().toLowerCase(java.util.Locale.ROOT))) {
                errs.add(FieldError.invalidString(field, e.getKey(), msg));
            }
            total += e.getKey().length() + e.getValue().length();
        }
        if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
            errs.add(new FieldError(dev.kubelab.sandbox.registry.field.ErrorType.TOO_LONG, field, null,
                    "may not be more than " + TOTAL_ANNOTATION_SIZE_LIMIT + " bytes"));
        }
        return errs;
    }

    /** generateName may end in '-': validate it as if it ended in 'a'. */
    private static String maskTrailingDash(String name) {
        return name.length() > 1 && name.endsWith("-") ? name.substring(0, name.length() - 2) + "a" : name;
    }
}
