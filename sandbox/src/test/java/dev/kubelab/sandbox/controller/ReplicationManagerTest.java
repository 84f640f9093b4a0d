package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicationController;
import dev.kubelab.sandbox.api.WorkloadStatus;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplicationManagerTest {

    private static ReplicationController rc(Lab lab, String name, int replicas) {
        Map<String, String> labels = Map.of("app", name);
        ReplicationController rc = new ReplicationController(
                ObjectMeta.of(name, "default", lab.seed.uid(), lab.now, labels).withGeneration(1), replicas, labels,
                new PodTemplateSpec(labels, new PodSpec(null, false, List.of(new Container("nginx", "nginx",
                        List.of())))), WorkloadStatus.EMPTY);
        lab.store.create(rc);
        lab.settle();
        return lab.store.get(ReplicationController.class, "default", name).orElseThrow();
    }

    @Test
    void readsReplicationControllersPodsAndServiceAccounts() {
        // GENERIC holds the service accounts: a refused create is retried once the missing account exists
        assertEquals(EnumSet.of(Kind.REPLICATIONCONTROLLER, Kind.POD, Kind.GENERIC),
                new ReplicationManager(null).reads());
    }

    @Test
    void createsOwnedPodsReportsStatusAndRecordsEvents() {
        Lab lab = new Lab();
        rc(lab, "web", 2);
        List<Pod> pods = lab.pods("web-");
        assertEquals(2, pods.size());
        for (Pod p : pods) {
            assertTrue(p.metadata().name().matches("web-[a-z0-9]{5}"), p.metadata().name());
            OwnerReference ref = p.metadata().controllerRef();
            assertEquals("v1", ref.apiVersion());
            assertEquals("ReplicationController", ref.kind());
            assertEquals("web", ref.name());
        }
        lab.after(30);
        ReplicationController live = lab.store.get(ReplicationController.class, "default", "web").orElseThrow();
        assertEquals(new WorkloadStatus(2, 2, 2, 2, 1, List.of()), live.status());
        List<String> events = lab.events("web");
        assertEquals(2, events.size());
        assertTrue(events.stream().allMatch(e -> e.startsWith("SuccessfulCreate: Created pod: web-")));
    }

    @Test
    void scalesDownAndItsPodsAreCollectedWhenItIsDeleted() {
        Lab lab = new Lab();
        ReplicationController rc = rc(lab, "web", 3);
        lab.after(30);
        lab.store.update(lab.store.get(ReplicationController.class, "default", "web").orElseThrow().withReplicas(1));
        lab.settle();
        assertEquals(1, lab.pods("web-").stream().filter(Pods::active).count());
        assertTrue(lab.events("web").stream().anyMatch(e -> e.startsWith("SuccessfulDelete: Deleted pod: web-")));
        lab.after(30);
        lab.store.delete(Kind.REPLICATIONCONTROLLER, "default", rc.metadata().name());
        lab.settle();
        lab.after(30);
        assertTrue(lab.pods("web-").isEmpty());
    }

    @Test
    void adoptsAMatchingOrphanInsteadOfCreatingAPod() {
        Lab lab = new Lab();
        rc(lab, "web", 1);
        Pod pod = lab.pods("web-").get(0);
        lab.store.update(pod.withMetadata(pod.metadata().withOwnerReferences(List.of())));
        lab.settle();
        List<Pod> pods = lab.pods("web-");
        assertEquals(1, pods.size());
        assertEquals("ReplicationController", pods.get(0).metadata().controllerRef().kind());
    }
}
