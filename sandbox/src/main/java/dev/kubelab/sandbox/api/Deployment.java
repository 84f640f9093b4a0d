package dev.kubelab.sandbox.api;

public record Deployment(ObjectMeta metadata, int replicas, LabelSelector selector, PodTemplateSpec template,
                         WorkloadStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.DEPLOYMENT;
    }

    @Override
    public Deployment withMetadata(ObjectMeta m) {
        return new Deployment(m, replicas, selector, template, status);
    }
}
