package dev.kubelab.sandbox.view;

import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.kubectl.print.EndpointsColumns;
import dev.kubelab.sandbox.kubectl.print.NodeColumns;
import dev.kubelab.sandbox.kubectl.print.PodColumns;
import dev.kubelab.sandbox.kubectl.print.ServiceColumns;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.List;

/** Builds the cluster panel's snapshot from the store, with the same cell logic kubectl get uses. */
public final class ClusterViews {
    private ClusterViews() {
    }

    /** Nodes by name; pods and services by namespace, then name (the store's order). */
    public static ClusterView snapshot(ObjectStore store) {
        List<NodeView> nodes = new ArrayList<>();
        for (Node n : store.list(Node.class, null)) {
            nodes.add(new NodeView(n.metadata().name(), NodeColumns.status(n), NodeColumns.roles(n),
                    n.status().address("InternalIP").orElse(null)));
        }
        List<PodView> pods = new ArrayList<>();
        for (Pod p : store.list(Pod.class, null)) {
            pods.add(new PodView(p.metadata().namespace(), p.metadata().name(), p.spec().nodeName(),
                    p.status().phase(), PodColumns.status(p), PodColumns.ready(p), p.status().podIP(),
                    p.metadata().labels()));
        }
        List<ServiceView> services = new ArrayList<>();
        for (Service s : store.list(Service.class, null)) {
            List<String> endpoints = store.get(Endpoints.class, s.metadata().namespace(), s.metadata().name())
                    .map(EndpointsColumns::readyAddresses).orElse(List.of());
            services.add(new ServiceView(s.metadata().namespace(), s.metadata().name(), s.spec().type(),
                    s.spec().clusterIP(), ServiceColumns.ports(s), s.spec().selector(), endpoints));
        }
        return new ClusterView(nodes, pods, services);
    }
}
