package dev.kubelab.sandbox.selector;

import java.util.List;
import java.util.Map;

/** labels.Nothing(): the selector of a nil LabelSelector; matches nothing. */
final class Nothing implements Selector {
    static final Nothing INSTANCE = new Nothing();

    private Nothing() {
    }

    @Override
    public boolean matches(Map<String, String> labels) {
        return false;
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public List<Requirement> requirements() {
        return List.of();
    }

    @Override
    public String toString() {
        return "";
    }
}
