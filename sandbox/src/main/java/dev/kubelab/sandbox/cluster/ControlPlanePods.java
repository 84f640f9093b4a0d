package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The static pods kubeadm writes to /etc/kubernetes/manifests; the kubelet mirrors each into the
 * API as &lt;component&gt;-&lt;node&gt; (host network, so the pod IP is the node IP), owned by the Node.
 */
final class ControlPlanePods {
    private ControlPlanePods() {
    }

    static void install(Build b, NodePlan controlPlane, ObjectMeta nodeMeta) {
        mirror(b, controlPlane, nodeMeta, "etcd", 4);
        mirror(b, controlPlane, nodeMeta, "kube-apiserver", 5);
        mirror(b, controlPlane, nodeMeta, "kube-controller-manager", 5);
        mirror(b, controlPlane, nodeMeta, "kube-scheduler", 6);
    }

    private static void mirror(Build b, NodePlan node, ObjectMeta nodeMeta, String component, long secondsAfterInit) {
        Instant created = b.timeline().atSeconds(secondsAfterInit);
        ObjectMeta meta = b.meta(component + "-" + node.name(), "kube-system", created, labels(component))
                .withOwner(Build.controlledBy("v1", "Node", nodeMeta));
        b.store().create(RunningPods.running(meta, node, null, spec(component)));
    }

    static Map<String, String> labels(String component) {
        return Map.of("component", component, "tier", "control-plane");
    }

    /** Static pods tolerate every NoExecute taint and run with priority system-node-critical. */
    static PodSpec spec(String component) {
        String image = component.equals("etcd") ? ClusterFacts.ETCD_IMAGE : ClusterFacts.componentImage(component);
        PodSpec spec = new PodSpec(null, true, List.of(new Container(component, image, List.of())));
        return PodDefaults.apply(spec.withTolerations(List.of(new Toleration(null, "Exists", null, "NoExecute", null))))
                .withPriority("system-node-critical", 2000001000, "PreemptLowerPriority");
    }
}
