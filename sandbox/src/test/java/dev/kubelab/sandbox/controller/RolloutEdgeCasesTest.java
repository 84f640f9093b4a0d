package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeSpec;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadCondition;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolloutEdgeCasesTest {

    @Test
    void badImageRolloutStallsAndTimesOutAfterTheProgressDeadline() {
        Lab lab = new Lab();
        lab.deploy("web", 2, "nginx:1.27");
        lab.after(5);
        Deployment d = lab.deployment("web");
        lab.update(d.withTemplate(DeploymentControllerTest.withImage(d.template(), "nginx:9.9")));
        lab.after(30);
        d = lab.deployment("web");
        assertEquals(2, d.status().availableReplicas(), "old pods keep serving");
        assertEquals("ReplicaSetUpdated", d.status().condition("Progressing").reason());
        lab.after(600);
        WorkloadCondition p = lab.deployment("web").status().condition("Progressing");
        assertEquals("False", p.status());
        assertEquals("ProgressDeadlineExceeded", p.reason());
        assertTrue(p.message().matches("ReplicaSet \"web-\\w+\" has timed out progressing."), p.message());
    }

    @Test
    void recreateStopsOldPodsBeforeStartingNewOnes() {
        Lab lab = new Lab();
        lab.deploy("web", 2, "nginx:1.27");
        lab.after(5);
        Deployment d = lab.deployment("web");
        d = new Deployment(d.metadata(), d.replicas(), d.selector(), d.template(), d.status(),
                new DeploymentStrategy("Recreate", null, null), d.revisionHistoryLimit(), d.progressDeadlineSeconds());
        lab.update(d);
        lab.update(lab.deployment("web").withTemplate(DeploymentControllerTest.withImage(d.template(), "nginx:1.26")));
        List<ReplicaSet> sets = lab.store.list(ReplicaSet.class, "default");
        ReplicaSet fresh = sets.stream().filter(r -> "2".equals(r.metadata().annotations().get(Revisions.REVISION)))
                .findFirst().orElseThrow();
        assertEquals(0, fresh.replicas(), "nothing new while old pods still terminate");
        lab.after(10);
        fresh = lab.store.get(ReplicaSet.class, "default", fresh.metadata().name()).orElseThrow();
        assertEquals(2, fresh.replicas());
    }

    @Test
    void aJoiningNodeGetsItsDaemonPodsWithTheNodeIp() {
        Lab lab = new Lab();
        Node node01 = lab.store.get(Node.class, "", "node01").orElseThrow();
        Map<String, String> labels = new HashMap<>(node01.metadata().labels());
        labels.put("kubernetes.io/hostname", "node03");
        var status = new dev.kubelab.sandbox.api.NodeStatus(node01.status().conditions(),
                List.of(new dev.kubelab.sandbox.api.NodeAddress("InternalIP", "172.30.4.2")), node01.status().nodeInfo());
        lab.store.create(new Node(ObjectMeta.of("node03", "", lab.seed.uid(), lab.now, labels),
                new NodeSpec("192.168.3.0/24", List.of(), false), status));
        lab.settle();
        lab.after(10);
        List<Pod> onNode03 = lab.store.list(Pod.class, "kube-system").stream()
                .filter(p -> "node03".equals(p.spec().nodeName())).toList();
        assertEquals(2, onNode03.size(), "kube-proxy and calico-node");
        for (Pod p : onNode03) {
            assertEquals("172.30.4.2", p.status().podIP());
            assertEquals("Running", p.status().phase());
            assertTrue(p.metadata().labels().containsKey("controller-revision-hash"));
        }
    }
}
