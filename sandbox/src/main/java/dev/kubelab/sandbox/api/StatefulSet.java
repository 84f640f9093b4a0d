package dev.kubelab.sandbox.api;

/**
 * apps/v1 StatefulSet: pods NAME-0 … NAME-(replicas-1) from spec.template, each with hostname NAME-N and
 * subdomain spec.serviceName. podManagementPolicy, updateStrategy, revisionHistoryLimit (-1) and the retention
 * policy stay unset until defaulting fills them.
 */
public record StatefulSet(ObjectMeta metadata, int replicas, LabelSelector selector, PodTemplateSpec template,
                          String serviceName, String podManagementPolicy, StatefulSetUpdateStrategy updateStrategy,
                          int revisionHistoryLimit, StatefulSetRetentionPolicy persistentVolumeClaimRetentionPolicy,
                          StatefulSetStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.STATEFULSET;
    }

    public boolean parallel() {
        return "Parallel".equals(podManagementPolicy);
    }

    @Override
    public StatefulSet withMetadata(ObjectMeta m) {
        return new StatefulSet(m, replicas, selector, template, serviceName, podManagementPolicy, updateStrategy,
                revisionHistoryLimit, persistentVolumeClaimRetentionPolicy, status);
    }

    public StatefulSet withReplicas(int n) {
        return new StatefulSet(metadata, n, selector, template, serviceName, podManagementPolicy, updateStrategy,
                revisionHistoryLimit, persistentVolumeClaimRetentionPolicy, status);
    }

    public StatefulSet withTemplate(PodTemplateSpec t) {
        return new StatefulSet(metadata, replicas, selector, t, serviceName, podManagementPolicy, updateStrategy,
                revisionHistoryLimit, persistentVolumeClaimRetentionPolicy, status);
    }

    public StatefulSet withStatus(StatefulSetStatus s) {
        return new StatefulSet(metadata, replicas, selector, template, serviceName, podManagementPolicy,
                updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy, s);
    }

    /** SetDefaults_StatefulSet: OrderedReady, RollingUpdate partition 0, 10 revisions, Retain/Retain. */
    public StatefulSet defaulted() {
        StatefulSetUpdateStrategy s = updateStrategy == null ? StatefulSetUpdateStrategy.DEFAULT
                : "RollingUpdate".equals(updateStrategy.type()) && updateStrategy.partition() == null
                ? StatefulSetUpdateStrategy.DEFAULT : updateStrategy;
        return new StatefulSet(metadata, replicas, selector, template, serviceName,
                podManagementPolicy == null ? "OrderedReady" : podManagementPolicy, s,
                revisionHistoryLimit < 0 ? 10 : revisionHistoryLimit,
                persistentVolumeClaimRetentionPolicy == null ? StatefulSetRetentionPolicy.DEFAULT
                        : persistentVolumeClaimRetentionPolicy, status == null ? StatefulSetStatus.EMPTY : status);
    }
}
