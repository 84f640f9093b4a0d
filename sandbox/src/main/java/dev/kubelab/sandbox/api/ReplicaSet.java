package dev.kubelab.sandbox.api;

public record ReplicaSet(ObjectMeta metadata, int replicas, LabelSelector selector, PodTemplateSpec template,
                         WorkloadStatus status) implements KubeObject, ReplicaWorkload<ReplicaSet> {
    @Override
    public Kind kind() {
        return Kind.REPLICASET;
    }

    @Override
    public LabelSelector podSelector() {
        return selector;
    }

    @Override
    public ReplicaSet withMetadata(ObjectMeta m) {
        return new ReplicaSet(m, replicas, selector, template, status);
    }

    @Override
    public ReplicaSet withReplicas(int n) {
        return new ReplicaSet(metadata, n, selector, template, status);
    }

    @Override
    public ReplicaSet withTemplate(PodTemplateSpec t) {
        return new ReplicaSet(metadata, replicas, selector, t, status);
    }

    @Override
    public ReplicaSet withStatus(WorkloadStatus s) {
        return new ReplicaSet(metadata, replicas, selector, template, s);
    }
}
