package dev.kubelab.sandbox.registry.field;

import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.LabelSelectorRequirement;
import dev.kubelab.sandbox.text.GoQuote;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** A label selector as Go's fmt prints it in API and kubectl errors. */
public final class GoSelectorValues {
    private GoSelectorValues() {
    }

    /**
     * %#v of a metav1.LabelSelector: {@code v1.LabelSelector{MatchLabels:map[string]string{"app":"web"},
     * MatchExpressions:[]v1.LabelSelectorRequirement(nil)}} (map keys sorted, as fmt sorts them).
     */
    public static String hashV(LabelSelector selector) {
        return "v1.LabelSelector{MatchLabels:" + labels(selector.matchLabels()) + ", MatchExpressions:"
                + requirements(selector.matchExpressions()) + "}";
    }

    /** %+v of a []metav1.LabelSelectorRequirement: {@code [{Key:tier Operator:In Values:[web]}]}. */
    public static String plusV(List<LabelSelectorRequirement> requirements) {
        StringJoiner out = new StringJoiner(" ", "[", "]");
        for (LabelSelectorRequirement r : requirements) {
            out.add("{Key:" + r.key() + " Operator:" + r.operator() + " Values:[" + String.join(" ", r.values()) + "]}");
        }
        return out.toString();
    }

    private static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "map[string]string(nil)";
        }
        StringJoiner out = new StringJoiner(", ", "map[string]string{", "}");
        new TreeMap<>(labels).forEach((k, v) -> out.add(GoQuote.quote(k) + ":" + GoQuote.quote(v)));
        return out.toString();
    }

    private static String requirements(List<LabelSelectorRequirement> requirements) {
        if (requirements.isEmpty()) {
            return "[]v1.LabelSelectorRequirement(nil)";
        }
        StringJoiner out = new StringJoiner(", ", "[]v1.LabelSelectorRequirement{", "}");
        for (LabelSelectorRequirement r : requirements) {
            out.add("v1.LabelSelectorRequirement{Key:" + GoQuote.quote(r.key()) + ", Operator:"
                    + GoQuote.quote(r.operator()) + ", Values:" + GoValue.slice("string", r.values()) + "}");
        }
        return out.toString();
    }

    /** %#v of a map[string]string (template labels): {@code map[string]string{"app":"web"}}. */
    public static String labelMap(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return "map[string]string(nil)";
        }
        return labels(labels);
    }
}
