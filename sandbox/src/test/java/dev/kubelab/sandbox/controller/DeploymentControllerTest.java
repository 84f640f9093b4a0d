package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.kubectl.print.PodColumns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeploymentControllerTest {

    @Test
    void threeReplicasAreScheduledThenRunWithIpsOnTheWorkers() {
        Lab lab = new Lab();
        lab.deploy("web", 3, "nginx");
        List<ReplicaSet> rs = lab.store.list(ReplicaSet.class, "default");
        assertEquals(1, rs.size());
        String rsName = rs.get(0).metadata().name();
        assertTrue(rsName.matches("web-[bcdfghjklmnpqrstvwxz2456789]{8,10}"), rsName);
        assertEquals("1", rs.get(0).metadata().annotations().get(Revisions.REVISION));

        List<Pod> pods = lab.pods("web-");
        assertEquals(3, pods.size());
        for (Pod p : pods) {
            assertTrue(p.metadata().name().matches(rsName + "-[bcdfghjklmnpqrstvwxz2456789]{5}"));
            assertEquals("Pending", p.status().phase());
            assertEquals("ContainerCreating", PodColumns.status(p));
            assertTrue(p.metadata().controllerRef().blockOwnerDeletion());
            assertEquals("Always", p.spec().restartPolicy());
            assertEquals("Always", p.spec().containers().get(0).imagePullPolicy());
        }
        assertEquals(List.of("node01", "node01", "node02"),
                pods.stream().map(p -> p.spec().nodeName()).sorted().collect(Collectors.toList()));

        lab.after(3);
        for (Pod p : lab.pods("web-")) {
            assertEquals("Running", PodColumns.status(p));
            assertEquals("1/1", PodColumns.ready(p));
            String block = p.spec().nodeName().equals("node01") ? "192.168.1." : "192.168.2.";
            assertTrue(p.status().podIP().startsWith(block), p.status().podIP());
        }
        Deployment d = lab.deployment("web");
        assertEquals(3, d.status().readyReplicas());
        assertEquals(3, d.status().availableReplicas());
        WorkloadCondition progressing = d.status().condition("Progressing");
        assertEquals("NewReplicaSetAvailable", progressing.reason());
        assertEquals("ReplicaSet \"" + rsName + "\" has successfully progressed.", progressing.message());
        assertEquals("MinimumReplicasAvailable", d.status().condition("Available").reason());
        assertTrue(lab.events("web").contains("ScalingReplicaSet: Scaled up replica set " + rsName + " from 0 to 3"));
        assertTrue(lab.events(rsName).get(0).startsWith("SuccessfulCreate: Created pod: " + rsName + "-"));
    }

    @Test
    void scalesUpAndDownNewestFirst() {
        Lab lab = new Lab();
        lab.deploy("web", 3, "nginx:1.27");
        lab.after(5);
        List<String> first = names(lab.pods("web-"));
        lab.update(lab.deployment("web").withReplicas(5));
        assertEquals(5, lab.pods("web-").size());
        lab.after(5);
        assertEquals(5, lab.deployment("web").status().readyReplicas());
        lab.update(lab.deployment("web").withReplicas(1));
        List<Pod> alive = lab.pods("web-").stream().filter(Pods::active).collect(Collectors.toList());
        assertEquals(1, alive.size());
        assertTrue(first.contains(alive.get(0).metadata().name()), "the oldest pods stay: " + first + " "
                + alive.get(0).metadata().name() + " " + alive.get(0).status().conditions());
        assertTrue(lab.pods("web-").stream().anyMatch(p -> PodColumns.status(p).equals("Terminating")));
        lab.after(5);
        assertEquals(1, lab.pods("web-").size());
        assertEquals(1, lab.deployment("web").status().replicas());
    }

    @Test
    void templateChangeRollsOutAndUndoRestoresTheOldReplicaSet() {
        Lab lab = new Lab();
        lab.deploy("web", 4, "nginx:1.27");
        lab.after(5);
        String oldRs = lab.store.list(ReplicaSet.class, "default").get(0).metadata().name();
        Deployment d = lab.deployment("web");
        lab.update(d.withTemplate(withImage(d.template(), "nginx:1.26")));
        assertEquals(2, lab.store.list(ReplicaSet.class, "default").size());
        assertTrue(lab.pods("web-").stream().filter(Pods::active).count() <= 4 + 1, "maxSurge 25% of 4 = 1");
        lab.after(30);
        List<ReplicaSet> all = lab.store.list(ReplicaSet.class, "default");
        ReplicaSet old = all.stream().filter(r -> r.metadata().name().equals(oldRs)).findFirst().orElseThrow();
        ReplicaSet fresh = all.stream().filter(r -> !r.metadata().name().equals(oldRs)).findFirst().orElseThrow();
        assertEquals(0, old.replicas());
        assertEquals(4, fresh.replicas());
        assertEquals("2", fresh.metadata().annotations().get(Revisions.REVISION));
        assertEquals("2", lab.deployment("web").metadata().annotations().get(Revisions.REVISION));
        assertEquals(4, lab.pods(fresh.metadata().name()).size());
        assertEquals(List.of(1L, 2L), DeploymentRollback.history(lab.store, lab.deployment("web")).stream()
                .map(Revisions::of).collect(Collectors.toList()));

        DeploymentRollback.undo(lab.store, lab.deployment("web"), 0);
        lab.settle();
        lab.after(30);
        ReplicaSet back = lab.store.get(ReplicaSet.class, "default", oldRs).orElseThrow();
        assertEquals(4, back.replicas());
        assertEquals("3", back.metadata().annotations().get(Revisions.REVISION));
        assertEquals("nginx:1.27", lab.deployment("web").template().spec().containers().get(0).image());
        assertEquals(4, lab.pods(oldRs).stream().filter(Pods::ready).count());
    }

    @Test
    void historyIsPrunedToTheLimit() {
        Lab lab = new Lab();
        lab.deploy("web", 1, "nginx:1.27");
        String[] tags = {"1.26", "1.25", "1.27.4", "alpine", "latest"};
        for (String tag : tags) {
            Deployment d = lab.deployment("web");
            lab.update(new Deployment(d.metadata(), d.replicas(), d.selector(), withImage(d.template(), "nginx:" + tag),
                    d.status(), d.strategy(), 2, d.progressDeadlineSeconds()));
            lab.after(10);
        }
        assertEquals(3, lab.store.list(ReplicaSet.class, "default").size(), "current + 2 old");
    }

    static PodTemplateSpec withImage(PodTemplateSpec t, String image) {
        return new PodTemplateSpec(t.labels(), t.spec().withContainers(List.of(t.spec().containers().get(0)
                .withImage(image).withImagePullPolicy(null))));
    }

    private static List<String> names(List<Pod> pods) {
        return pods.stream().map(p -> p.metadata().name()).collect(Collectors.toList());
    }

    @Test
    void labelsOfPodsCarryTheHash() {
        Lab lab = new Lab();
        lab.deploy("web", 1, "nginx");
        Pod p = lab.pods("web-").get(0);
        Map<String, String> labels = p.metadata().labels();
        assertEquals("web", labels.get("app"));
        assertNotNull(labels.get("pod-template-hash"));
    }
}
