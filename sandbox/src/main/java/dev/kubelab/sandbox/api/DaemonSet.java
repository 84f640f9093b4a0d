package dev.kubelab.sandbox.api;

public record DaemonSet(ObjectMeta metadata, LabelSelector selector, PodTemplateSpec template,
                        WorkloadStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.DAEMONSET;
    }

    @Override
    public DaemonSet withMetadata(ObjectMeta m) {
        return new DaemonSet(m, selector, template, status);
    }

    public DaemonSet withStatus(WorkloadStatus s) {
        return new DaemonSet(metadata, selector, template, s);
    }
}
