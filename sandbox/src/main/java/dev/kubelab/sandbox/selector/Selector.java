package dev.kubelab.sandbox.selector;

import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.LabelSelectorRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed label selector: what `-l`, Service selectors and workload selectors all come down to
 * (apimachinery pkg/labels). {@code toString()} is labels.Selector.String(): requirements sorted by key,
 * e.g. {@code app=web,env in (prod,qa),!legacy}.
 */
public interface Selector {

    boolean matches(Map<String, String> labels);

    /** Everything matches (an empty selector). */
    boolean isEmpty();

    /** The requirements, sorted by key (empty for everything and for nothing). */
    List<Requirement> requirements();

    /** metav1.FormatLabelSelector: the canonical string, or {@code <none>} when it is empty. */
    default String formatted() {
        String s = toString();
        return s.isEmpty() ? "<none>" : s;
    }

    /** labels.Parse: a kubectl {@code -l} string; throws SelectorException with apimachinery's message. */
    static Selector parse(String selector) {
        return new Requirements(SelectorParser.parse(selector));
    }

    /** A Service's spec.selector (labels.SelectorFromValidatedSet): equality only, not validated again. */
    static Selector ofLabels(Map<String, String> labels) {
        List<Requirement> requirements = new ArrayList<>();
        new TreeMap<>(labels).forEach((k, v) -> requirements.add(new Requirement(k, Operator.EQUALS, List.of(v))));
        return new Requirements(requirements);
    }

    /** A workload's spec.selector; null selects nothing (metav1.LabelSelectorAsSelector). */
    static Selector of(LabelSelector selector) {
        if (selector == null) {
            return nothing();
        }
        List<Requirement> expressions = new ArrayList<>();
        for (LabelSelectorRequirement r : selector.matchExpressions()) {
            expressions.add(Requirement.ofMatchExpression(r.key(), r.operator(), r.values()));
        }
        return of(selector.matchLabels(), expressions);
    }

    /**
     * metav1.LabelSelectorAsSelector: matchLabels become '=' requirements (validated), matchExpressions are
     * added as given (build them with {@link Requirement#ofMatchExpression}); both empty selects everything.
     */
    static Selector of(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
        List<Requirement> requirements = new ArrayList<>();
        new TreeMap<>(matchLabels).forEach((k, v) -> requirements.add(Requirement.of(k, Operator.EQUALS, List.of(v))));
        requirements.addAll(matchExpressions);
        return new Requirements(requirements);
    }

    static Selector everything() {
        return new Requirements(List.of());
    }

    /** labels.Nothing(): matches no object, prints as "". */
    static Selector nothing() {
        return Nothing.INSTANCE;
    }
}
