package dev.kubelab.sandbox.api;

import java.util.Map;

/**
 * spec.template of workloads: the labels, annotations (metadata of the template) and pod spec every replica
 * gets. Changing any of them is a new template: a Deployment rolls a new ReplicaSet, a DaemonSet replaces its pods.
 */
public record PodTemplateSpec(Map<String, String> labels, Map<String, String> annotations, PodSpec spec) {
    public PodTemplateSpec {
        labels = Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** A template without annotations. */
    public PodTemplateSpec(Map<String, String> labels, PodSpec spec) {
        this(labels, Map.of(), spec);
    }

    public PodTemplateSpec withLabels(Map<String, String> newLabels) {
        return new PodTemplateSpec(newLabels, annotations, spec);
    }

    public PodTemplateSpec withAnnotations(Map<String, String> newAnnotations) {
        return new PodTemplateSpec(labels, newAnnotations, spec);
    }

    public PodTemplateSpec withSpec(PodSpec newSpec) {
        return new PodTemplateSpec(labels, annotations, newSpec);
    }
}
