package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.apiserver.ApiServerLifecycle;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;

/**
 * The control-plane kubelet's mirror of one static pod. A changed manifest is a new pod to the kubelet (its UID
 * is the manifest's hash): the old mirror goes away and a new one, with a new UID, creation time and no
 * restarts, appears once the API server takes writes again.
 */
public final class StaticPodMirror implements ApiServerLifecycle.MirrorPod {
    /** From the pod's start to its container's (the image is already on the node). */
    private static final Duration CONTAINER_START = Duration.ofSeconds(1);

    private final ObjectStore store;
    private final Seed seed;
    private final String component;

    public StaticPodMirror(ObjectStore store, Seed seed, String component) {
        this.store = store;
        this.seed = seed;
        this.component = component;
    }

    public String podName() {
        return component + "-" + ClusterFacts.CONTROL_PLANE;
    }

    /** The kubelet killed the pod: nothing of it runs (and, e.g., port 6443 stops answering). */
    @Override
    public void stopped() {
        if (store.get(Pod.class, "kube-system", podName()).isPresent()) {
            store.delete(Kind.POD, "kube-system", podName());
        }
    }

    /**
     * The new mirror pod, created when the API server took writes again; the kubelet had started the pod at
     * {@code podStarted} (the manifest change) and its container a moment later.
     */
    @Override
    public void started(Instant podStarted, Instant mirrorCreated) {
        stopped();
        Node node = store.get(Node.class, "", ClusterFacts.CONTROL_PLANE).orElse(null);
        if (node == null) {
            return;
        }
        ObjectMeta meta = ObjectMeta.of(podName(), "kube-system", seed.uid(), mirrorCreated,
                        ControlPlanePods.labels(component))
                .withOwner(Build.controlledBy("v1", "Node", node.metadata()));
        store.create(RunningPods.runningSince(meta, KubeadmBootstrap.CONTROL_PLANE, ControlPlanePods.spec(component),
                podStarted, CONTAINER_START));
    }
}
