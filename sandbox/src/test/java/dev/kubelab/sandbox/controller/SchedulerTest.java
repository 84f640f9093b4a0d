package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulerTest {

    private static Pod create(Lab lab, String name, PodSpec spec) {
        lab.store.create(new Pod(ObjectMeta.of(name, "default", lab.seed.uid(), lab.now, Map.of()),
                PodDefaults.apply(spec), PodStatus.pending()));
        lab.settle();
        return lab.store.get(Pod.class, "default", name).orElseThrow();
    }

    @Test
    void controlPlaneTaintKeepsOrdinaryPodsOff() {
        Lab lab = new Lab();
        PodSpec spec = new PodSpec(null, false, List.of(new Container("n", "nginx", List.of())))
                .withNodeSelector(Map.of("kubernetes.io/hostname", "controlplane"));
        Pod p = create(lab, "pinned", spec);
        assertNull(p.spec().nodeName());
        assertEquals(List.of("FailedScheduling: 0/3 nodes are available: 1 node(s) had untolerated taint "
                + "{node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Node's node affinity/selector. "
                + "preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."), lab.events("pinned"));
    }

    @Test
    void aTolerationLetsThePodOntoTheControlPlane() {
        Lab lab = new Lab();
        PodSpec spec = new PodSpec(null, false, List.of(new Container("n", "nginx", List.of())))
                .withNodeSelector(Map.of("kubernetes.io/hostname", "controlplane"))
                .withTolerations(List.of(Toleration.exists("node-role.kubernetes.io/control-plane", "NoSchedule")));
        assertEquals("controlplane", create(lab, "cp", spec).spec().nodeName());
        lab.after(3);
        assertTrue(lab.store.get(Pod.class, "default", "cp").orElseThrow().status().podIP().startsWith("192.168.0."));
    }

    @Test
    void spreadsOverTheWorkers() {
        Lab lab = new Lab();
        for (int i = 0; i < 4; i++) {
            create(lab, "p" + i, new PodSpec(null, false, List.of(new Container("n", "nginx", List.of()))));
        }
        long onNode01 = lab.store.list(Pod.class, "default").stream()
                .filter(p -> "node01".equals(p.spec().nodeName())).count();
        assertEquals(2, onNode01);
    }
}
