package dev.kubelab.sandbox.controller.defaults;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.PodTemplateSpec;

/** apps/v1 Deployment defaulting: RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadline 600. */
public final class DeploymentDefaults {
    public static final int REVISION_HISTORY_LIMIT = 10;
    public static final int PROGRESS_DEADLINE_SECONDS = 600;

    private DeploymentDefaults() {
    }

    public static Deployment apply(Deployment d) {
        DeploymentStrategy strategy = d.strategy();
        if (strategy == null) {
            strategy = DeploymentStrategy.DEFAULT;
        } else if ("RollingUpdate".equals(strategy.type())
                && (strategy.maxSurge() == null || strategy.maxUnavailable() == null)) {
            strategy = new DeploymentStrategy("RollingUpdate",
                    strategy.maxSurge() == null ? DeploymentStrategy.DEFAULT.maxSurge() : strategy.maxSurge(),
                    strategy.maxUnavailable() == null ? DeploymentStrategy.DEFAULT.maxUnavailable()
                            : strategy.maxUnavailable());
        }
        PodTemplateSpec template = d.template().withSpec(PodDefaults.apply(d.template().spec()));
        return new Deployment(d.metadata(), d.replicas(), d.selector(), template, d.status(), strategy,
                d.revisionHistoryLimit() < 0 ? REVISION_HISTORY_LIMIT : d.revisionHistoryLimit(),
                d.progressDeadlineSeconds() < 0 ? PROGRESS_DEADLINE_SECONDS : d.progressDeadlineSeconds());
    }
}
