package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds pods that are already Running and Ready on a node (what the bootstrap finds after days). */
final class RunningPods {
    /** Image pull + container start, between the pod's creation and its start. */
    static final Duration START_DELAY = Duration.ofSeconds(3);

    private RunningPods() {
    }

    /** A pod of {@code spec} bound to {@code node}; host-network pods take the node's address. */
    static Pod running(ObjectMeta meta, NodePlan node, String podIP, PodSpec spec) {
        return running(meta, node, podIP, spec, meta.creationTimestamp().plusSeconds(1), START_DELAY.minusSeconds(1));
    }

    /** A host-network pod the kubelet started at {@code started} (a mirror pod may be created later). */
    static Pod runningSince(ObjectMeta meta, NodePlan node, PodSpec spec, Instant started, Duration startDelay) {
        return running(meta, node, null, spec, started, startDelay);
    }

    private static Pod running(ObjectMeta meta, NodePlan node, String podIP, PodSpec spec, Instant started,
                               Duration startDelay) {
        List<Container> containers = spec.containers();
        boolean hostNetwork = spec.hostNetwork();
        List<ContainerStatus> statuses = new ArrayList<>(containers.size());
        for (Container c : containers) {
            statuses.add(new ContainerStatus(c.name(), c.image(), true, 0,
                    ContainerState.runningSince(started.plus(startDelay))));
        }
        String ip = hostNetwork ? node.internalIP() : podIP;
        return new Pod(meta, spec.withNodeName(node.name()),
                new PodStatus("Running", null, node.internalIP(), ip, started, statuses));
    }
}
