package dev.kubelab.sandbox.api;

/**
 * apps/v1 Deployment. strategy null, revisionHistoryLimit/progressDeadlineSeconds -1 until defaulting
 * (controller.defaults.DeploymentDefaults).
 */
public record Deployment(ObjectMeta metadata, int replicas, LabelSelector selector, PodTemplateSpec template,
                         WorkloadStatus status, DeploymentStrategy strategy, int revisionHistoryLimit,
                         int progressDeadlineSeconds) implements KubeObject {

    /** The original shape, not yet defaulted. */
    public Deployment(ObjectMeta metadata, int replicas, LabelSelector selector, PodTemplateSpec template,
                      WorkloadStatus status) {
        this(metadata, replicas, selector, template, status, null, -1, -1);
    }

    @Override
    public Kind kind() {
        return Kind.DEPLOYMENT;
    }

    @Override
    public Deployment withMetadata(ObjectMeta m) {
        return new Deployment(m, replicas, selector, template, status, strategy, revisionHistoryLimit,
                progressDeadlineSeconds);
    }

    public Deployment withStatus(WorkloadStatus s) {
        return new Deployment(metadata, replicas, selector, template, s, strategy, revisionHistoryLimit,
                progressDeadlineSeconds);
    }

    public Deployment withReplicas(int n) {
        return new Deployment(metadata, n, selector, template, status, strategy, revisionHistoryLimit,
                progressDeadlineSeconds);
    }

    public Deployment withTemplate(PodTemplateSpec t) {
        return new Deployment(metadata, replicas, selector, t, status, strategy, revisionHistoryLimit,
                progressDeadlineSeconds);
    }
}
