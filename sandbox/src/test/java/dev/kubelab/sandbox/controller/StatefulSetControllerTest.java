package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.StatefulSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatefulSetControllerTest {

    private static void sts(Lab lab, int replicas, String policy) {
        Map<String, String> labels = Map.of("app", "web");
        lab.store.create(new StatefulSet(ObjectMeta.of("web", "default", lab.seed.uid(), lab.now, Map.of())
                .withGeneration(1), replicas, new LabelSelector(labels), new PodTemplateSpec(labels,
                new PodSpec(null, false, List.of(new Container("nginx", "nginx", List.of())))), "nginx", policy,
                null, -1, null, null).defaulted());
        lab.settle();
    }

    private static List<String> names(Lab lab) {
        return lab.pods("web-").stream().filter(Pods::active).map(p -> p.metadata().name()).sorted()
                .collect(Collectors.toList());
    }

    @Test
    void createsOrdinalsOneAtATimeWithTheirIdentity() {
        Lab lab = new Lab();
        sts(lab, 3, null);
        assertEquals(List.of("web-0"), names(lab));
        Pod first = lab.pods("web-0").get(0);
        assertEquals("web-0", first.spec().hostname());
        assertEquals("nginx", first.spec().subdomain());
        assertEquals("0", first.metadata().labels().get("apps.kubernetes.io/pod-index"));
        assertEquals("web-0", first.metadata().labels().get("statefulset.kubernetes.io/pod-name"));
        assertTrue(first.metadata().labels().get("controller-revision-hash").startsWith("web-"));
        assertEquals("StatefulSet", first.metadata().controllerRef().kind());
        lab.after(60);
        assertEquals(List.of("web-0", "web-1", "web-2"), names(lab));
        assertEquals(3, lab.store.get(StatefulSet.class, "default", "web").orElseThrow().status().readyReplicas());
        assertTrue(lab.events("web").contains("SuccessfulCreate: create Pod web-2 in StatefulSet web successful"));
    }

    @Test
    void parallelCreatesAllAtOnce() {
        Lab lab = new Lab();
        sts(lab, 3, "Parallel");
        assertEquals(List.of("web-0", "web-1", "web-2"), names(lab));
    }

    @Test
    void scalesDownFromTheHighestOrdinalRecreatesDeletedPodsAndIsCollected() {
        Lab lab = new Lab();
        sts(lab, 3, null);
        lab.after(60);
        lab.store.update(lab.store.get(StatefulSet.class, "default", "web").orElseThrow().withReplicas(1));
        lab.settle();
        assertEquals(List.of("web-0", "web-1"), names(lab));
        lab.after(60);
        assertEquals(List.of("web-0"), names(lab));
        assertTrue(lab.events("web").contains("SuccessfulDelete: delete Pod web-1 in StatefulSet web successful"));
        lab.store.delete(Kind.POD, "default", "web-0");
        lab.after(60);
        assertEquals(List.of("web-0"), names(lab));
        lab.store.delete(Kind.STATEFULSET, "default", "web");
        lab.settle();
        lab.after(60);
        assertTrue(lab.pods("web-").isEmpty());
    }

    @Test
    void aNewTemplateReplacesPodsFromTheHighestOrdinalDown() {
        Lab lab = new Lab();
        sts(lab, 2, null);
        lab.after(60);
        StatefulSet live = lab.store.get(StatefulSet.class, "default", "web").orElseThrow();
        String before = live.status().updateRevision();
        lab.store.update(live.withTemplate(live.template().withSpec(live.template().spec().withContainers(
                List.of(new Container("nginx", "nginx:1.27", List.of()))))));
        lab.settle();
        StatefulSet rolling = lab.store.get(StatefulSet.class, "default", "web").orElseThrow();
        assertEquals(before, rolling.status().currentRevision());
        assertTrue(lab.pods("web-1").get(0).metadata().deletionTimestamp() != null);
        for (int i = 0; i < 6; i++) {
            lab.after(60);
        }
        StatefulSet done = lab.store.get(StatefulSet.class, "default", "web").orElseThrow();
        assertEquals(done.status().updateRevision(), done.status().currentRevision());
        assertEquals(2, done.status().updatedReplicas());
        assertTrue(lab.pods("web-").stream().allMatch(p -> done.status().updateRevision()
                .equals(p.metadata().labels().get("controller-revision-hash"))));
    }
}
