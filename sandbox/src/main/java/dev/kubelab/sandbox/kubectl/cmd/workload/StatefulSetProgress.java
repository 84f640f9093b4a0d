package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.api.StatefulSetStatus;

/**
 * kubectl's StatefulSetStatusViewer (polymorphichelpers/rollout_status.go). The API server always defaults
 * rollingUpdate.partition, so a RollingUpdate StatefulSet ends with "partitioned roll out complete".
 */
final class StatefulSetProgress {
    private StatefulSetProgress() {
    }

    static RolloutProgress of(StatefulSet sts) {
        if (sts.updateStrategy() == null || !"RollingUpdate".equals(sts.updateStrategy().type())) {
            return new RolloutProgress("rollout status is only available for RollingUpdate strategy type", false,
                    true);
        }
        StatefulSetStatus s = sts.status() == null ? StatefulSetStatus.EMPTY : sts.status();
        if (s.observedGeneration() == 0 || sts.metadata().generation() > s.observedGeneration()) {
            return new RolloutProgress("Waiting for statefulset spec update to be observed...", false, false);
        }
        if (s.readyReplicas() < sts.replicas()) {
            return new RolloutProgress("Waiting for " + (sts.replicas() - s.readyReplicas())
                    + " pods to be ready...", false, false);
        }
        if (sts.updateStrategy().partition() != null) {
            int wanted = sts.replicas() - sts.updateStrategy().partition();
            if (s.updatedReplicas() < wanted) {
                return new RolloutProgress("Waiting for partitioned roll out to finish: " + s.updatedReplicas()
                        + " out of " + wanted + " new pods have been updated...", false, false);
            }
            return new RolloutProgress("partitioned roll out complete: " + s.updatedReplicas()
                    + " new pods have been updated...", true, false);
        }
        if (s.updateRevision() != null && !s.updateRevision().equals(s.currentRevision())) {
            return new RolloutProgress("waiting for statefulset rolling update to complete " + s.updatedReplicas()
                    + " pods at revision " + s.updateRevision() + "...", false, false);
        }
        return new RolloutProgress("statefulset rolling update complete " + s.currentReplicas()
                + " pods at revision " + s.currentRevision() + "...", true, false);
    }
}
