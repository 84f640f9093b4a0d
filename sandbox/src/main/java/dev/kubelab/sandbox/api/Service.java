package dev.kubelab.sandbox.api;

public record Service(ObjectMeta metadata, ServiceSpec spec, ServiceStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.SERVICE;
    }

    @Override
    public Service withMetadata(ObjectMeta m) {
        return new Service(m, spec, status);
    }
}
