package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Probe;
import dev.kubelab.sandbox.kubectl.print.PodColumns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubeletTest {

    private static Pod get(Lab lab, String name) {
        return lab.store.get(Pod.class, "default", name).orElse(null);
    }

    @Test
    void pullEventsAndStartHaveTheRealTexts() {
        Lab lab = new Lab();
        lab.pod("web", Map.of("app", "web"), new Container("nginx", "nginx", List.of(new ContainerPort(null, 80, "TCP"))));
        lab.after(3);
        Pod pod = get(lab, "web");
        assertEquals("Running", PodColumns.status(pod));
        assertEquals("node01", pod.spec().nodeName());
        assertEquals("192.168.1.2", pod.status().podIP());
        assertEquals("172.30.2.2", pod.status().hostIP());
        assertEquals(List.of(
                "Scheduled: Successfully assigned default/web to node01",
                "Pulling: Pulling image \"nginx\"",
                "Pulled: Successfully pulled image \"nginx\" in 1.2s (1.2s including waiting). Image size: 72099410 bytes.",
                "Created: Created container: nginx",
                "Started: Started container nginx"), lab.events("web"));
        assertTrue(pod.status().containerStatuses().get(0).imageID().startsWith("docker.io/library/nginx@sha256:"));
    }

    @Test
    void secondPodOnTheSameNodeFindsTheImagePresent() {
        Lab lab = new Lab();
        lab.pod("a", Map.of(), new Container("nginx", "nginx:1.27", List.of()));
        lab.after(3);
        lab.pod("b", Map.of(), new Container("nginx", "nginx:1.27", List.of()));
        lab.pod("c", Map.of(), new Container("nginx", "nginx:1.27", List.of()));
        lab.after(3);
        Pod c = get(lab, "c");
        assertEquals("node01", c.spec().nodeName());
        assertTrue(lab.events("c").contains("Pulled: Container image \"nginx:1.27\" already present on machine"));
    }

    @Test
    void unknownImageGoesErrImagePullThenImagePullBackOff() {
        Lab lab = new Lab();
        lab.pod("bad", Map.of(), new Container("nginx", "ngnix", List.of()));
        lab.after(1);
        assertEquals("ErrImagePull", PodColumns.status(get(lab, "bad")));
        assertEquals("Pending", get(lab, "bad").status().phase());
        assertTrue(lab.events("bad").contains("Failed: Failed to pull image \"ngnix\": rpc error: code = Unknown desc = "
                + "failed to pull and unpack image \"docker.io/library/ngnix:latest\": failed to resolve reference "
                + "\"docker.io/library/ngnix:latest\": pull access denied, repository does not exist or may require "
                + "authorization: server message: insufficient_scope: authorization failed"));
        lab.after(2);
        assertEquals("ImagePullBackOff", PodColumns.status(get(lab, "bad")));
        assertTrue(lab.events("bad").contains("BackOff: Back-off pulling image \"ngnix\""));
        assertTrue(lab.events("bad").contains("Failed: Error: ImagePullBackOff"));
        assertEquals("0/1", PodColumns.ready(get(lab, "bad")));
    }

    @Test
    void unknownTagOfAKnownImageIsNotFound() {
        Lab lab = new Lab();
        lab.pod("bad", Map.of(), new Container("nginx", "nginx:1.99", List.of()));
        lab.after(2);
        assertTrue(lab.events("bad").stream().anyMatch(e -> e.endsWith("docker.io/library/nginx:1.99: not found")));
    }

    @Test
    void exitingContainerCrashLoopsWithGrowingBackOff() {
        Lab lab = new Lab();
        lab.pod("bb", Map.of(), new Container("busybox", "busybox", List.of()));
        lab.after(2);
        Pod bb = get(lab, "bb");
        assertEquals("Running", bb.status().phase());
        lab.after(2);
        assertEquals("CrashLoopBackOff", PodColumns.status(get(lab, "bb")));
        lab.after(60);
        int restarts = get(lab, "bb").status().containerStatuses().get(0).restartCount();
        assertTrue(restarts >= 3 && restarts <= 4, "1 + back-offs 10s, 20s within a minute: " + restarts);
        assertTrue(lab.events("bb").stream().anyMatch(e -> e.startsWith("BackOff: Back-off restarting failed container busybox in pod bb_default(")));
        assertEquals("Completed", get(lab, "bb").status().containerStatuses().get(0).lastState().terminated().reason());
    }

    @Test
    void failingCommandShowsError() {
        Lab lab = new Lab();
        lab.pod("x", Map.of(), new Container("sh", "busybox:1.36", List.of()).withCommand(List.of("sh", "-c", "exit 1"),
                List.of()));
        lab.after(2);
        var last = get(lab, "x").status().containerStatuses().get(0);
        assertTrue(last.state().terminated() != null || last.lastState().terminated() != null);
        var t = last.state().terminated() != null ? last.state().terminated() : last.lastState().terminated();
        assertEquals("Error", t.reason());
        assertEquals(1, t.exitCode());
    }

    @Test
    void failingReadinessProbeKeepsThePodRunningButNotReady() {
        Lab lab = new Lab();
        Container c = new Container("nginx", "nginx", List.of(new ContainerPort(null, 80, "TCP")))
                .withReadinessProbe(Probe.httpGet("/", IntOrString.of(8080)));
        lab.pod("np", Map.of(), c);
        lab.after(15);
        Pod p = get(lab, "np");
        assertEquals("Running", PodColumns.status(p));
        assertEquals("0/1", PodColumns.ready(p));
        assertTrue(lab.events("np").contains("Unhealthy: Readiness probe failed: Get \"http://" + p.status().podIP()
                + ":8080/\": dial tcp " + p.status().podIP() + ":8080: connect: connection refused"));
    }

    @Test
    void gracefulDeleteShowsTerminatingThenTheReplicaSetReplacesThePod() {
        Lab lab = new Lab();
        lab.deploy("web", 1, "nginx");
        lab.after(3);
        Pod victim = lab.pods("web-").get(0);
        Pods.delete(lab.store, victim, lab.now, null);
        lab.settle();
        assertEquals("Terminating", PodColumns.status(get(lab, victim.metadata().name())));
        assertEquals(2, lab.pods("web-").size(), "the replacement is created at once");
        assertTrue(lab.events(victim.metadata().name()).contains("Killing: Stopping container web"));
        lab.after(2);
        assertEquals(null, get(lab, victim.metadata().name()));
        assertEquals(1, lab.pods("web-").size());
    }

    @Test
    void sleepIgnoresSigtermSoTheWholeGracePeriodPasses() {
        Lab lab = new Lab();
        lab.pod("s", Map.of(), new Container("s", "busybox", List.of()).withCommand(List.of("sleep", "3600"), List.of()));
        lab.after(3);
        Pods.delete(lab.store, get(lab, "s"), lab.now, null);
        lab.after(29);
        assertEquals("Terminating", PodColumns.status(get(lab, "s")));
        lab.after(1);
        assertEquals(null, get(lab, "s"));
    }

    @Test
    void releasedIpsAreReused() {
        Lab lab = new Lab();
        lab.pod("a", Map.of(), new Container("nginx", "nginx", List.of()));
        lab.after(2);
        String ip = get(lab, "a").status().podIP();
        Pods.delete(lab.store, get(lab, "a"), lab.now, 0L);
        lab.pod("b", Map.of(), new Container("nginx", "nginx", List.of()));
        lab.after(2);
        assertEquals(ip, get(lab, "b").status().podIP());
        lab.pod("c", Map.of(), new Container("nginx", "nginx", List.of()));
        lab.after(2);
        assertNotEquals(ip, get(lab, "c").status().podIP());
    }
}
