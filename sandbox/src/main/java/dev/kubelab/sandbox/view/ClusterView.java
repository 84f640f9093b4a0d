package dev.kubelab.sandbox.view;

import java.util.List;

/** What the cluster panel shows: a flat, sorted snapshot. Diffed by the platform. */
public record ClusterView(List<NodeView> nodes, List<PodView> pods, List<ServiceView> services) {
    public ClusterView {
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        services = List.copyOf(services);
    }
}
