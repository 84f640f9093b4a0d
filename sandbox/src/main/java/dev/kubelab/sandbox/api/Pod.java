package dev.kubelab.sandbox.api;

public record Pod(ObjectMeta metadata, PodSpec spec, PodStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.POD;
    }

    @Override
    public Pod withMetadata(ObjectMeta m) {
        return new Pod(m, spec, status);
    }

    public Pod withSpec(PodSpec s) {
        return new Pod(metadata, s, status);
    }
}
