package dev.kubelab.sandbox.selector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** labels.internalSelector: requirements ANDed together, kept sorted by key (stable, as Add sorts them). */
record Requirements(List<Requirement> requirements) implements Selector {
    Requirements {
        List<Requirement> sorted = new ArrayList<>(requirements);
        sorted.sort(Comparator.comparing(Requirement::key));
        requirements = List.copyOf(sorted);
    }

    @Override
    public boolean matches(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isEmpty() {
        return requirements.isEmpty();
    }

    @Override
    public String toString() {
        return requirements.stream().map(Requirement::toString).collect(Collectors.joining(","));
    }
}
