package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.cluster.StaticPodManifests;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kubelet restarting kube-apiserver when its manifest changes: down for 40 s, or until a bad edit is fixed. */
class ApiServerLifecycleTest {
    private static final String KUBEADM = StaticPodManifests.of("kube-apiserver");
    private static final String CIDR_LINE = "    - --service-cluster-ip-range=10.96.0.0/12\n";
    private static final String WIDE = KUBEADM.replace(CIDR_LINE,
            CIDR_LINE + "    - --service-node-port-range=30000-40000\n");
    private static final String REVERSED = WIDE.replace("30000-40000", "40000-30000");
    private static final Instant T0 = Cluster.NOW.plusSeconds(100);

    private final Cluster cluster = new Cluster();
    private final List<String> mirror = new ArrayList<>();
    private final ApiServerLifecycle kubelet = new ApiServerLifecycle(cluster.api, KUBEADM,
            new ApiServerLifecycle.MirrorPod() {
                @Override
                public void stopped() {
                    mirror.add("stopped");
                }

                @Override
                public void started(Instant podStarted, Instant serving) {
                    mirror.add("started " + podStarted + " serving " + serving);
                }
            });

    @Test
    void servesUntilTheManifestChanges() {
        assertTrue(cluster.api.serving(T0));
        kubelet.observe(Optional.of(KUBEADM), T0);
        kubelet.observe(Optional.of("# a comment\n" + KUBEADM), T0);
        assertTrue(cluster.api.serving(T0.plusSeconds(600)));
        assertEquals(List.of(), mirror);
        assertTrue(kubelet.restartedAt().isEmpty());
    }

    @Test
    void aChangedManifestRestartsWithItsFlags() {
        kubelet.observe(Optional.of(WIDE), T0);
        assertFalse(cluster.api.serving(T0));
        assertFalse(cluster.api.serving(T0.plusSeconds(39)));
        assertEquals(List.of("stopped"), mirror);
        assertTrue(kubelet.process(T0).orElseThrow().contains("--service-node-port-range=30000-40000"),
                "the new process is starting");
        assertTrue(cluster.api.serving(T0.plusSeconds(40)));
        assertEquals("30000-40000", cluster.api.config().serviceNodePortRange().toString());
        assertEquals(List.of("stopped", "started " + T0 + " serving " + T0.plusSeconds(40)), mirror);
        assertEquals(Optional.of(T0), kubelet.restartedAt());
        assertEquals("35000", String.valueOf(cluster.create(Svc.named("x").type("NodePort").port("", 80, 35000))
                .spec().ports().get(0).nodePort()));
        assertEquals("The Service \"y\" is invalid: spec.ports[0].nodePort: Invalid value: 45000: provided port is not "
                        + "in the valid range. The range of valid ports is 30000-40000",
                cluster.rejection(Svc.named("y").type("NodePort").port("", 80, 45000)));
    }

    @Test
    void aBadEditKeepsItDownUntilFixed() {
        kubelet.observe(Optional.of(REVERSED), T0);
        assertFalse(cluster.api.serving(T0.plusSeconds(3600)));
        assertTrue(kubelet.process(T0.plusSeconds(3600)).isEmpty());
        Instant fixed = T0.plusSeconds(3600);
        kubelet.observe(Optional.of(WIDE), fixed);
        assertFalse(cluster.api.serving(fixed.plusSeconds(39)));
        assertTrue(cluster.api.serving(fixed.plusSeconds(40)));
        assertEquals("30000-40000", cluster.api.config().serviceNodePortRange().toString());
    }

    @Test
    void aMissingManifestStopsItAndItsReturnStartsIt() {
        kubelet.observe(Optional.empty(), T0);
        assertFalse(cluster.api.serving(T0.plusSeconds(600)));
        kubelet.observe(Optional.empty(), T0.plusSeconds(600));
        assertFalse(cluster.api.serving(T0.plusSeconds(700)));
        kubelet.observe(Optional.of(KUBEADM), T0.plusSeconds(700));
        assertTrue(cluster.api.serving(T0.plusSeconds(740)));
        assertEquals("30000-32767", cluster.api.config().serviceNodePortRange().toString());
        assertEquals(2, mirror.size());
    }

    @Test
    void anEditDuringTheRestartStartsTheCountAgain() {
        kubelet.observe(Optional.of(WIDE), T0);
        kubelet.observe(Optional.of(KUBEADM), T0.plusSeconds(30));
        assertFalse(cluster.api.serving(T0.plusSeconds(69)));
        assertTrue(cluster.api.serving(T0.plusSeconds(70)));
        assertEquals("30000-32767", cluster.api.config().serviceNodePortRange().toString());
    }
}
