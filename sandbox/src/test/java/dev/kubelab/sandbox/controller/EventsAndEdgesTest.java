package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;
import dev.kubelab.sandbox.kubectl.print.PodColumns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventsAndEdgesTest {

    @Test
    void scaleDownRecordsDeletedPodAndScaledDownTexts() {
        Lab lab = new Lab();
        lab.deploy("web", 2, "nginx");
        lab.after(3);
        String rs = lab.store.list(ReplicaSet.class, "default").get(0).metadata().name();
        lab.update(lab.deployment("web").withReplicas(1));
        assertTrue(lab.events("web").contains("ScalingReplicaSet: Scaled down replica set " + rs + " from 2 to 1"));
        assertTrue(lab.events(rs).stream().anyMatch(e -> e.matches("SuccessfulDelete: Deleted pod: " + rs + "-\\w{5}")));
    }

    @Test
    void runToCompletionPodsSucceed() {
        Lab lab = new Lab();
        lab.store.create(new Pod(ObjectMeta.of("once", "default", lab.seed.uid(), lab.now, Map.of()),
                PodDefaults.apply(new PodSpec(null, false, List.of(new Container("bb", "busybox", List.of())
                        .withCommand(List.of("sh", "-c", "echo hi"), List.of()))).withRestartPolicy("Never")),
                PodStatus.pending()));
        lab.after(5);
        Pod p = lab.store.get(Pod.class, "default", "once").orElseThrow();
        assertEquals("Succeeded", p.status().phase());
        assertEquals("Completed", PodColumns.status(p));
        assertEquals("0/1", PodColumns.ready(p));
    }

    @Test
    void undoWithoutHistoryOrToAMissingRevisionFailsWithKubectlsWords() {
        Lab lab = new Lab();
        lab.deploy("web", 1, "nginx");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DeploymentRollback.undo(lab.store, lab.deployment("web"), 0));
        assertEquals("no rollout history found for deployment \"web\"", none.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DeploymentRollback.undo(lab.store, lab.deployment("web"), 5));
        assertEquals("unable to find specified revision 5 in history", missing.getMessage());
    }

    @Test
    void repeatedEventsAreCountedNotDuplicated() {
        Lab lab = new Lab();
        lab.pod("bad", Map.of(), new Container("c", "ngnix", List.of()));
        lab.after(120);
        long pulling = lab.events("bad").stream().filter(e -> e.startsWith("Pulling:")).count();
        assertEquals(1, pulling);
        int count = lab.store.list(dev.kubelab.sandbox.api.Event.class, "default").stream()
                .filter(e -> e.reason().equals("Pulling")).findFirst().orElseThrow().count();
        assertTrue(count >= 3, "retried after 10s, 20s, 40s back-offs: " + count);
    }
}
