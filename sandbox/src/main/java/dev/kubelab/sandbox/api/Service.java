package dev.kubelab.sandbox.api;

public record Service(ObjectMeta metadata, ServiceSpec spec, ServiceStatus status) implements KubeObject {
    public Service {
        status = status == null ? ServiceStatus.empty() : status;
    }

    @Override
    public Kind kind() {
        return Kind.SERVICE;
    }

    @Override
    public Service withMetadata(ObjectMeta m) {
        return new Service(m, spec, status);
    }

    public Service withSpec(ServiceSpec newSpec) {
        return new Service(metadata, newSpec, status);
    }
}
