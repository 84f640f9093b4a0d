package dev.kubelab.sandbox.api;

/**
 * What ReplicaSets and ReplicationControllers have in common: spec.replicas copies of spec.template, the pods
 * spec.selector picks, and the replica counters they report. Lets one sync loop, printer and describer serve
 * both.
 */
public interface ReplicaWorkload<T extends KubeObject> {
    int replicas();

    /** spec.selector, a ReplicationController's label map as matchLabels. */
    LabelSelector podSelector();

    PodTemplateSpec template();

    WorkloadStatus status();

    T withReplicas(int n);

    T withTemplate(PodTemplateSpec t);

    T withStatus(WorkloadStatus s);
}
