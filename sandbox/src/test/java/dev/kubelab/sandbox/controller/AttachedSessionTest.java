package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.print.PodColumns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The kubelet keeps a stdin shell running until its attached session ends, then ends it with the shell's status. */
class AttachedSessionTest {
    private static Container shell() {
        return new Container("tmp", "busybox", List.of()).withCommand(List.of(), List.of("sh"))
                .withStdin(true, true, true);
    }

    private static ContainerStatus status(Lab lab, String name) {
        return lab.store.get(Pod.class, "default", name).orElseThrow().status().containerStatuses().get(0);
    }

    private static void withRestartPolicy(Lab lab, String name, String policy) {
        Pod p = lab.pod(name, Map.of(), shell());
        lab.store.update(new Pod(p.metadata(), p.spec().withRestartPolicy(policy), p.status()));
    }

    @Test
    void aStdinShellKeepsRunningWhileNobodyTypes() {
        Lab lab = new Lab();
        lab.pod("tmp", Map.of(), shell());
        lab.after(120);
        assertEquals("Running", PodColumns.status(lab.store.get(Pod.class, "default", "tmp").orElseThrow()));
        assertEquals(0, status(lab, "tmp").restartCount());
    }

    @Test
    void leavingTheSessionEndsTheShellAndRestartPolicyAlwaysStartsAnotherThatWaitsAgain() {
        Lab lab = new Lab();
        lab.pod("tmp", Map.of(), shell());
        lab.after(5);
        String first = status(lab, "tmp").containerID();
        lab.manager.stdin().sessionEnded(first, 0, lab.now);
        lab.settle();
        assertEquals("Completed", status(lab, "tmp").state().terminated().reason());
        lab.after(60);
        ContainerStatus now = status(lab, "tmp");
        assertEquals(1, now.restartCount());
        assertEquals("Running", PodColumns.status(lab.store.get(Pod.class, "default", "tmp").orElseThrow()));
        assertEquals("Completed", now.lastState().terminated().reason());
        lab.manager.stdin().sessionEnded(first, 5, lab.now);
        lab.after(30);
        assertEquals(1, status(lab, "tmp").restartCount(), "a session with the earlier run ends nothing now");
    }

    @Test
    void withRestartPolicyNeverTheShellsStatusIsThePodsEnd() {
        Lab lab = new Lab();
        withRestartPolicy(lab, "never", "Never");
        lab.after(5);
        lab.manager.stdin().sessionEnded(status(lab, "never").containerID(), 3, lab.now);
        lab.after(30);
        ContainerStatus s = status(lab, "never");
        assertEquals("Error", s.state().terminated().reason());
        assertEquals(3, s.state().terminated().exitCode());
        assertEquals("Failed", lab.store.get(Pod.class, "default", "never").orElseThrow().status().phase());
        assertNull(s.state().running());
    }
}
