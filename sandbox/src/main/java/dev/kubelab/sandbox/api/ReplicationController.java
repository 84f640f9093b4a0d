package dev.kubelab.sandbox.api;

import java.util.Map;

/**
 * core/v1 ReplicationController: a ReplicaSet's predecessor whose spec.selector is a plain label map (the API
 * server defaults it, and an empty metadata.labels, to the template's labels).
 */
public record ReplicationController(ObjectMeta metadata, int replicas, Map<String, String> selector,
                                    PodTemplateSpec template, WorkloadStatus status)
        implements KubeObject, ReplicaWorkload<ReplicationController> {
    public ReplicationController {
        selector = selector == null ? Map.of() : Map.copyOf(selector);
    }

    @Override
    public Kind kind() {
        return Kind.REPLICATIONCONTROLLER;
    }

    /** The selector as a matchLabels-only LabelSelector, for the code ReplicaSets share. */
    @Override
    public LabelSelector podSelector() {
        return new LabelSelector(selector);
    }

    @Override
    public ReplicationController withMetadata(ObjectMeta m) {
        return new ReplicationController(m, replicas, selector, template, status);
    }

    @Override
    public ReplicationController withReplicas(int n) {
        return new ReplicationController(metadata, n, selector, template, status);
    }

    public ReplicationController withSelector(Map<String, String> s) {
        return new ReplicationController(metadata, replicas, s, template, status);
    }

    @Override
    public ReplicationController withTemplate(PodTemplateSpec t) {
        return new ReplicationController(metadata, replicas, selector, t, status);
    }

    @Override
    public ReplicationController withStatus(WorkloadStatus s) {
        return new ReplicationController(metadata, replicas, selector, template, s);
    }
}
