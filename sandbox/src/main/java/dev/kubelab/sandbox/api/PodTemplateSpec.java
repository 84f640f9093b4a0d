package dev.kubelab.sandbox.api;

import java.util.Map;

/** spec.template of workloads: the labels and pod spec every replica gets. */
public record PodTemplateSpec(Map<String, String> labels, PodSpec spec) {
    public PodTemplateSpec {
        labels = Map.copyOf(labels);
    }
}
