package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GarbageCollectorTest {

    @Test
    void deletingADeploymentCascadesToReplicaSetsAndPods() {
        Lab lab = new Lab();
        lab.deploy("web", 2, "nginx");
        lab.after(3);
        lab.store.delete(Kind.DEPLOYMENT, "default", "web");
        lab.settle();
        assertTrue(lab.store.list(ReplicaSet.class, "default").isEmpty());
        assertTrue(lab.pods("web-").stream().allMatch(Pods::terminating));
        lab.after(3);
        assertTrue(lab.pods("web-").isEmpty());
    }

    @Test
    void aHandOrphanedPodIsReadoptedAndTheCascadeStillReachesIt() {
        Lab lab = new Lab();
        lab.deploy("web", 1, "nginx");
        lab.after(3);
        Pod pod = lab.pods("web-").get(0);
        lab.store.update(pod.withMetadata(pod.metadata().withOwnerReferences(List.of())));
        lab.settle();
        // The ReplicaSet no longer owns it (orphaned by hand) and selects it again: it re-adopts it.
        assertEquals(1, lab.pods("web-").size());
        ReplicaSet rs = lab.store.list(ReplicaSet.class, "default").get(0);
        lab.store.delete(Kind.DEPLOYMENT, "default", "web");
        lab.settle();
        lab.after(3);
        assertTrue(lab.store.get(ReplicaSet.class, "default", rs.metadata().name()).isEmpty());
        assertTrue(lab.pods("web-").isEmpty());
    }

    @Test
    void daemonSetsKeepOnePodPerNode() {
        Lab lab = new Lab();
        DaemonSet proxy = lab.store.get(DaemonSet.class, "kube-system", "kube-proxy").orElseThrow();
        Pod onNode01 = lab.store.list(Pod.class, "kube-system").stream()
                .filter(p -> p.metadata().name().startsWith("kube-proxy-") && "node01".equals(p.spec().nodeName()))
                .findFirst().orElseThrow();
        lab.store.delete(Kind.POD, "kube-system", onNode01.metadata().name());
        lab.settle();
        List<Pod> proxies = lab.store.list(Pod.class, "kube-system").stream()
                .filter(p -> p.metadata().name().startsWith("kube-proxy-")).toList();
        assertEquals(3, proxies.size());
        assertTrue(proxies.stream().anyMatch(p -> "node01".equals(p.spec().nodeName())
                && !p.metadata().name().equals(onNode01.metadata().name())));
        assertEquals(3, lab.store.get(DaemonSet.class, "kube-system", "kube-proxy").orElseThrow().status().replicas());
        assertEquals(proxy.metadata().uid(), proxies.get(0).metadata().controllerRef().uid());
    }
}
