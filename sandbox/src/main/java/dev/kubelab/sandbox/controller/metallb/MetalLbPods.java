package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.controller.Pods;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Optional;

/** Whether MetalLB's processes run: its controller pod, and the speaker that announces from a node. */
final class MetalLbPods {
    static final String NAMESPACE = "metallb-system";
    private static final String CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
    private static final String EXCLUDE_LB = "node.kubernetes.io/exclude-from-external-load-balancers";

    private MetalLbPods() {
    }

    /** The `controller` Deployment has a ready pod: only then are services assigned. */
    static boolean controllerReady(ObjectStore store) {
        for (Pod p : store.view(Pod.class, NAMESPACE)) {
            if ("controller".equals(p.metadata().labels().get("component")) && Pods.ready(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The node whose speaker answers ARP: the first ready node by name that is neither a control plane nor
     * excluded from load balancers and runs a ready speaker. The dataplane's announcer picks the same node.
     */
    static Optional<String> announcingNode(ObjectStore store) {
        for (Node n : store.view(Node.class, null)) {
            String name = n.metadata().name();
            boolean eligible = !n.metadata().labels().containsKey(CONTROL_PLANE)
                    && !n.metadata().labels().containsKey(EXCLUDE_LB)
                    && n.status().condition("Ready").map(c -> "True".equals(c.status())).orElse(false);
            if (eligible && speakerReadyOn(store, name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean speakerReadyOn(ObjectStore store, String node) {
        for (Pod p : store.view(Pod.class, NAMESPACE)) {
            if ("speaker".equals(p.metadata().labels().get("component")) && node.equals(p.spec().nodeName())
                    && Pods.ready(p)) {
                return true;
            }
        }
        return false;
    }
}
