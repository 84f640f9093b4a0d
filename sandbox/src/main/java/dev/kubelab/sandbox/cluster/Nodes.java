package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeAddress;
import dev.kubelab.sandbox.api.NodeCondition;
import dev.kubelab.sandbox.api.NodeSpec;
import dev.kubelab.sandbox.api.NodeStatus;
import dev.kubelab.sandbox.api.NodeSystemInfo;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Taint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Node objects kubelet registers on kubeadm init / join. */
final class Nodes {
    private Nodes() {
    }

    static Node registered(NodePlan plan, String uid, Instant created) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("beta.kubernetes.io/arch", "amd64");
        labels.put("beta.kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", plan.name());
        labels.put("kubernetes.io/os", "linux");
        List<Taint> taints = List.of();
        if (plan.controlPlane()) {
            labels.put(ClusterFacts.CONTROL_PLANE_ROLE, "");
            labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "");
            taints = List.of(new Taint(ClusterFacts.CONTROL_PLANE_ROLE, "", "NoSchedule"));
        }
        ObjectMeta meta = ObjectMeta.of(plan.name(), "", uid, created, labels);
        NodeStatus status = new NodeStatus(
                List.of(new NodeCondition("MemoryPressure", "False", "KubeletHasSufficientMemory"),
                        new NodeCondition("DiskPressure", "False", "KubeletHasNoDiskPressure"),
                        new NodeCondition("PIDPressure", "False", "KubeletHasSufficientPID"),
                        new NodeCondition("Ready", "True", "KubeletReady")),
                List.of(new NodeAddress("InternalIP", plan.internalIP()), new NodeAddress("Hostname", plan.name())),
                new NodeSystemInfo(ClusterFacts.KUBERNETES_VERSION, ClusterFacts.OS_IMAGE, ClusterFacts.KERNEL,
                        ClusterFacts.CONTAINER_RUNTIME, "linux", "amd64"));
        return new Node(meta, new NodeSpec(plan.podCIDR(), taints, false), status);
    }
}
