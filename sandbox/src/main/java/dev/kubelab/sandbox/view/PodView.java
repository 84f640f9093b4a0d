package dev.kubelab.sandbox.view;

import java.util.Map;

/**
 * status is the STATUS column of `kubectl get pods` (Running, ContainerCreating, Terminating…),
 * phase the pod's status.phase; node and ip may be null (unscheduled / no IP yet).
 */
public record PodView(String namespace, String name, String node, String phase, String status, String ready,
                      String ip, Map<String, String> labels) {
    public PodView {
        labels = Map.copyOf(labels);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
