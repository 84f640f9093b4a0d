package dev.kubelab.sandbox;

import java.util.List;

/**
 * Tab-completion answer: {@code candidates} are whole words that may replace
 * {@code line.substring(start, cursor)}.
 */
public record Completion(int start, List<String> candidates) {
    public Completion {
        candidates = List.copyOf(candidates);
    }
}
