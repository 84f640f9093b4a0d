package dev.kubelab.terminal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubelab.sandbox.view.ClusterView;
import dev.kubelab.sandbox.view.NodeView;
import dev.kubelab.sandbox.view.PodView;
import dev.kubelab.sandbox.view.ServiceView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateDiffTest {

    private final StateDiff diff = new StateDiff(new ObjectMapper());
    private final NodeView node = new NodeView("node01", "Ready", List.of(), "172.30.2.2");
    private final ServiceView svc = new ServiceView("default", "web", "ClusterIP", "10.96.5.5", "80/TCP",
            Map.of("app", "web"), List.of());

    private PodView pod(String name, String status) {
        return new PodView("default", name, "node01", "Running", status, "1/1", "192.168.1.4", Map.of("app", "web"));
    }

    @Test
    void fullSnapshotCarriesEveryList() {
        ObjectNode full = diff.full(new ClusterView(List.of(node), List.of(pod("a", "Running")), List.of(svc)));
        assertTrue(full.path("full").asBoolean());
        assertEquals("node01", full.path("nodes").get(0).path("name").asText());
        assertEquals("default", full.path("pods").get(0).path("namespace").asText());
        assertEquals("app", full.path("services").get(0).path("selector").fieldNames().next());
    }

    @Test
    void sendsOnlyChangedAddedAndRemovedObjects() {
        ClusterView before = new ClusterView(List.of(node), List.of(pod("a", "ContainerCreating"), pod("b", "Running")),
                List.of(svc));
        ClusterView after = new ClusterView(List.of(node), List.of(pod("a", "Running"), pod("c", "Pending")),
                List.of(svc));
        ObjectNode change = diff.between(before, after).orElseThrow();
        assertEquals(false, change.path("full").asBoolean());
        assertEquals(2, change.path("upsert").path("pods").size());
        assertEquals("Running", change.path("upsert").path("pods").get(0).path("status").asText());
        assertEquals("default/b", change.path("remove").path("pods").get(0).asText());
        assertTrue(change.path("upsert").path("nodes").isMissingNode(), "unchanged nodes are not sent");
    }

    @Test
    void nothingChangedMeansNoMessage() {
        ClusterView view = new ClusterView(List.of(node), List.of(pod("a", "Running")), List.of(svc));
        assertTrue(diff.between(view, view).isEmpty());
    }
}
