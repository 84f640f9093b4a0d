package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.api.WorkloadStatus;

/**
 * kubectl's DeploymentStatusViewer (polymorphichelpers/rollout_status.go): one line describing how far a
 * Deployment's rollout has got, and whether it is done.
 */
public record RolloutProgress(String line, boolean done, boolean failed) {
    /** A Deployment's or a StatefulSet's progress. */
    public static RolloutProgress of(KubeObject o) {
        return o instanceof StatefulSet ? StatefulSetProgress.of((StatefulSet) o) : of((Deployment) o);
    }

    public static RolloutProgress of(Deployment d) {
        String name = d.metadata().name();
        WorkloadStatus s = d.status() == null ? WorkloadStatus.EMPTY : d.status();
        if (d.metadata().generation() > s.observedGeneration()) {
            return new RolloutProgress("Waiting for deployment spec update to be observed...", false, false);
        }
        WorkloadCondition progressing = s.condition("Progressing");
        if (progressing != null && "ProgressDeadlineExceeded".equals(progressing.reason())) {
            return new RolloutProgress("deployment \"" + name + "\" exceeded its progress deadline", false, true);
        }
        String waiting = "Waiting for deployment \"" + name + "\" rollout to finish: ";
        if (s.updatedReplicas() < d.replicas()) {
            return new RolloutProgress(waiting + s.updatedReplicas() + " out of " + d.replicas()
                    + " new replicas have been updated...", false, false);
        }
        if (s.replicas() > s.updatedReplicas()) {
            return new RolloutProgress(waiting + (s.replicas() - s.updatedReplicas())
                    + " old replicas are pending termination...", false, false);
        }
        if (s.availableReplicas() < s.updatedReplicas()) {
            return new RolloutProgress(waiting + s.availableReplicas() + " of " + s.updatedReplicas()
                    + " updated replicas are available...", false, false);
        }
        return new RolloutProgress("deployment \"" + name + "\" successfully rolled out", true, false);
    }
}
