package dev.kubelab.sandbox.api;

/** apps/v1 DaemonSet. updateStrategy null and revisionHistoryLimit -1 until defaulting fills them. */
public record DaemonSet(ObjectMeta metadata, LabelSelector selector, PodTemplateSpec template,
                        WorkloadStatus status, DaemonSetUpdateStrategy updateStrategy,
                        int revisionHistoryLimit) implements KubeObject {
    public DaemonSet(ObjectMeta metadata, LabelSelector selector, PodTemplateSpec template, WorkloadStatus status) {
        this(metadata, selector, template, status, null, -1);
    }

    @Override
    public Kind kind() {
        return Kind.DAEMONSET;
    }

    @Override
    public DaemonSet withMetadata(ObjectMeta m) {
        return new DaemonSet(m, selector, template, status, updateStrategy, revisionHistoryLimit);
    }

    public DaemonSet withStatus(WorkloadStatus s) {
        return new DaemonSet(metadata, selector, template, s, updateStrategy, revisionHistoryLimit);
    }

    public DaemonSet withTemplate(PodTemplateSpec t) {
        return new DaemonSet(metadata, selector, t, status, updateStrategy, revisionHistoryLimit);
    }

    /** With the API server's defaults for what was left out. */
    public DaemonSet defaulted() {
        DaemonSetUpdateStrategy s = updateStrategy;
        if (s == null) {
            s = DaemonSetUpdateStrategy.DEFAULT;
        } else if ("RollingUpdate".equals(s.type()) && (s.maxUnavailable() == null || s.maxSurge() == null)) {
            s = new DaemonSetUpdateStrategy("RollingUpdate",
                    s.maxUnavailable() == null ? DaemonSetUpdateStrategy.DEFAULT.maxUnavailable() : s.maxUnavailable(),
                    s.maxSurge() == null ? DaemonSetUpdateStrategy.DEFAULT.maxSurge() : s.maxSurge());
        }
        return new DaemonSet(metadata, selector, template, status, s, revisionHistoryLimit < 0 ? 10 : revisionHistoryLimit);
    }
}
