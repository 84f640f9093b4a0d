package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeSpec;
import dev.kubelab.sandbox.api.NodeStatus;
import dev.kubelab.sandbox.api.ObjectMeta;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NodeLeaseTest {
    @Test
    void renewEveryTenSecondsAndHeartbeatEveryFiveMinutesSinceRegistration() {
        Instant created = Instant.parse("2026-01-01T00:00:03Z");
        Node node = new Node(ObjectMeta.of("node01", "", "uid", created, Map.of()),
                new NodeSpec("192.168.1.0/24", List.of(), false), new NodeStatus(List.of(), List.of(), null));
        NodeLease lease = NodeLease.of(node, Instant.parse("2026-01-01T00:12:59Z"));
        assertEquals(Instant.parse("2026-01-01T00:12:53Z"), lease.renewTime());
        assertEquals(Instant.parse("2026-01-01T00:10:03Z"), lease.heartbeat());
    }

    @Test
    void kubeletMessagesPerReason() {
        assertEquals("kubelet is posting ready status", NodeLease.message("KubeletReady"));
        assertEquals("kubelet has no disk pressure", NodeLease.message("KubeletHasNoDiskPressure"));
    }
}
