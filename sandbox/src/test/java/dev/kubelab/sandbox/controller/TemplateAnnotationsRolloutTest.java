package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `kubectl rollout restart` relies on: a change of the template's annotations alone is a new template. */
class TemplateAnnotationsRolloutTest {
    private static final Map<String, String> RESTARTED = Map.of("kubectl.kubernetes.io/restartedAt",
            "2025-01-01T00:01:00Z");

    @Test
    void aDeploymentRollsANewReplicaSetWhosePodsCarryTheAnnotations() {
        Lab lab = new Lab();
        lab.deploy("web", 2, "nginx:1.27");
        lab.after(30);
        Deployment d = lab.deployment("web");
        lab.update(d.withTemplate(d.template().withAnnotations(RESTARTED)));
        lab.after(60);
        List<ReplicaSet> sets = lab.store.list(ReplicaSet.class, "default");
        assertEquals(2, sets.size());
        ReplicaSet fresh = sets.stream().filter(rs -> rs.replicas() == 2).findFirst().orElseThrow();
        assertEquals(RESTARTED, fresh.template().annotations());
        assertNotEquals(sets.get(0).metadata().labels().get("pod-template-hash"),
                sets.get(1).metadata().labels().get("pod-template-hash"));
        List<Pod> running = lab.pods("web-").stream().filter(Pods::active).collect(Collectors.toList());
        assertEquals(2, running.size());
        running.forEach(p -> assertEquals(RESTARTED, p.metadata().annotations()));
    }

    @Test
    void aDaemonSetReplacesItsPodsOneNodeAtATime() {
        Lab lab = new Lab();
        DaemonSet ds = kubeProxy(lab);
        List<String> before = podNames(lab);
        assertEquals(3, before.size());
        lab.store.update(new DaemonSet(ds.metadata().withGeneration(2), ds.selector(),
                ds.template().withAnnotations(RESTARTED), ds.status()));
        for (int second = 0; second < 60; second++) {
            lab.after(1);
            long readyNodes = kubeProxyPods(lab).stream().filter(p -> !Pods.terminating(p) && Pods.ready(p)).count();
            assertTrue(readyNodes >= 2, "at most one node without a ready kube-proxy, at " + second + "s: "
                    + kubeProxyPods(lab).stream().map(p -> p.metadata().name() + "/" + p.spec().nodeName() + "/"
                    + Pods.terminating(p) + "/" + Pods.ready(p) + "/" + p.metadata().labels()).collect(Collectors.toList()));
        }
        List<Pod> after = kubeProxyPods(lab);
        assertEquals(3, after.size());
        for (Pod p : after) {
            assertTrue(!before.contains(p.metadata().name()), p.metadata().name() + " was replaced");
            assertEquals(RESTARTED, p.metadata().annotations());
            assertEquals("2", p.metadata().labels().get("pod-template-generation"));
        }
        DaemonSet done = kubeProxy(lab);
        assertEquals(3, done.status().updatedReplicas());
        assertEquals(3, done.status().readyReplicas());
    }

    @Test
    void aDaemonSetWhoseTemplateDidNotChangeKeepsItsPods() {
        Lab lab = new Lab();
        List<String> before = podNames(lab);
        lab.after(120);
        assertEquals(before, podNames(lab));
    }

    private static DaemonSet kubeProxy(Lab lab) {
        return lab.store.get(DaemonSet.class, "kube-system", "kube-proxy").orElseThrow();
    }

    private static List<Pod> kubeProxyPods(Lab lab) {
        return lab.store.list(Pod.class, "kube-system").stream()
                .filter(p -> "kube-proxy".equals(p.metadata().labels().get("k8s-app"))).collect(Collectors.toList());
    }

    private static List<String> podNames(Lab lab) {
        return kubeProxyPods(lab).stream().map(p -> p.metadata().name()).sorted().collect(Collectors.toList());
    }
}
