package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.Toleration;

import java.util.List;
import java.util.Map;

/**
 * Calico from its manifest (calico.yaml, into kube-system), applied a minute after `kubeadm init`:
 * DaemonSet calico-node (host network) and Deployment calico-kube-controllers on the control plane.
 */
final class CalicoAddon {
    static final long INSTALLED_AFTER_INIT_SECONDS = 75;

    private CalicoAddon() {
    }

    static void install(Build b, List<NodePlan> nodes, NodePlan controlPlane) {
        var installed = b.timeline().atSeconds(INSTALLED_AFTER_INIT_SECONDS);
        Workloads.daemonSet(b, "kube-system", "calico-node", Map.of("k8s-app", "calico-node"),
                List.of(new Container("calico-node", "docker.io/calico/node:" + ClusterFacts.CALICO_VERSION,
                        List.of())),
                List.of(new Toleration(null, "Exists", null, "NoSchedule", null),
                        Toleration.exists("CriticalAddonsOnly", null),
                        new Toleration(null, "Exists", null, "NoExecute", null)), installed, nodes);
        Workloads.deployment(b, "kube-system", "calico-kube-controllers",
                Map.of("k8s-app", "calico-kube-controllers"),
                List.of(new Container("calico-kube-controllers",
                        "docker.io/calico/kube-controllers:" + ClusterFacts.CALICO_VERSION, List.of())),
                List.of(Toleration.exists("CriticalAddonsOnly", null),
                        Toleration.exists(ClusterFacts.CONTROL_PLANE_ROLE, "NoSchedule")),
                new DeploymentStrategy("Recreate", null, null), installed, List.of(new Workloads.Placement(controlPlane, controlPlane.podIP(4), null)));
    }
}
