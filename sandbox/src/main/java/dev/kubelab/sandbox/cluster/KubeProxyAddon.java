package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Toleration;

import java.util.List;
import java.util.Map;

/** kubeadm's kube-proxy addon: a host-network DaemonSet, one pod per node. */
final class KubeProxyAddon {
    static final long INSTALLED_AFTER_INIT_SECONDS = 10;

    private KubeProxyAddon() {
    }

    static void install(Build b, List<NodePlan> nodes) {
        Workloads.daemonSet(b, "kube-system", "kube-proxy", Map.of("k8s-app", "kube-proxy"),
                List.of(new Container("kube-proxy", ClusterFacts.componentImage("kube-proxy"), List.of())),
                List.of(new Toleration(null, "Exists", null, null, null)), // kube-proxy runs on every node
                b.timeline().atSeconds(INSTALLED_AFTER_INIT_SECONDS), nodes);
    }
}
