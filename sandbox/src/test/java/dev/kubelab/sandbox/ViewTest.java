package dev.kubelab.sandbox;

import dev.kubelab.sandbox.view.ClusterView;
import dev.kubelab.sandbox.view.NodeView;
import dev.kubelab.sandbox.view.PodView;
import dev.kubelab.sandbox.view.ServiceView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ViewTest {
    @Test
    void snapshotOfTheBootedCluster() {
        Sandbox sandbox = new Transcript().sandbox();
        ClusterView view = sandbox.view();
        assertEquals(List.of(new NodeView("controlplane", "Ready", List.of("control-plane"), "172.30.1.2"),
                new NodeView("node01", "Ready", List.of(), "172.30.2.2"),
                new NodeView("node02", "Ready", List.of(), "172.30.3.2")), view.nodes());
        assertEquals(13, view.pods().size());
        PodView etcd = view.pods().stream().filter(p -> p.name().equals("etcd-controlplane")).findFirst().orElseThrow();
        assertEquals(new PodView("kube-system", "etcd-controlplane", "controlplane", "Running", "Running", "1/1",
                "172.30.1.2", Map.of("component", "etcd", "tier", "control-plane")), etcd);
        ServiceView dns = view.services().get(1);
        assertEquals("kube-system/kube-dns", dns.key());
        assertEquals("53/UDP,53/TCP,9153/TCP", dns.ports());
        assertEquals(List.of("192.168.0.2:53", "192.168.0.3:53", "192.168.0.2:53", "192.168.0.3:53",
                "192.168.0.2:9153", "192.168.0.3:9153"), dns.endpoints());
        assertEquals(List.of("172.30.1.2:6443"), view.services().get(0).endpoints());
        assertFalse(sandbox.advance());
    }
}
