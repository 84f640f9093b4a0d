package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.apiserver.ApiServerConfig;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets.Refusal;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Which pod exec/port-forward and logs take for a Service: the orders kubectl sorts by (ActivePods reversed,
 * ByLogging) differ on restarts, and both prefer pods on a node, Running, ready for longest.
 */
class PodForObjectTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final ObjectStore store = new ObjectStore();
    private final KubectlContext ctx = new KubectlContext(store, new ApiServer(store, new Seed(1), () -> NOW,
            ApiServerConfig.kubeadmDefaults()), NOW, Streams.both(new StringSink()), FileSystem::new);

    PodForObjectTest() {
        store.create(new Service(ObjectMeta.of("web", "default", "u-svc", NOW, Map.of()),
                new ServiceSpec("ClusterIP", "10.96.0.50", List.of("10.96.0.50"), List.of(), Map.of("app", "web"),
                        List.of(), null, null), ServiceStatus.empty()));
    }

    @Test
    void execTakesTheSteadiestPodAndLogsTheOneThatRestartedMost() throws Refusal {
        pod("a-pending", null, "Pending", null, 0);
        pod("b-restarted", "node01", "Running", NOW.minusSeconds(100), 3);
        pod("c-steady", "node01", "Running", NOW.minusSeconds(100), 0);
        pod("d-new", "node01", "Running", NOW.minusSeconds(5), 0);
        pod("e-not-ready", "node01", "Running", null, 0);
        assertEquals("c-steady", PodForObject.attachable(ctx, "default", "svc/web", "exec").pod().metadata().name());
        PodForObject.Found logs = PodForObject.forLogs(ctx, "default", "svc/web");
        assertEquals("b-restarted", logs.pod().metadata().name());
        assertEquals(5, logs.matching());
    }

    @Test
    void readyForLongestComesBeforeRecentlyReadyAndRunningBeforePending() throws Refusal {
        pod("a-pending", "node01", "Pending", null, 0);
        pod("b-new", "node01", "Running", NOW.minusSeconds(5), 0);
        pod("c-old", "node01", "Running", NOW.minusSeconds(500), 0);
        assertEquals("c-old", PodForObject.attachable(ctx, "default", "svc/web", "exec").pod().metadata().name());
        assertEquals("c-old", PodForObject.forLogs(ctx, "default", "svc/web").pod().metadata().name());
    }

    @Test
    void aSelectorWithoutPodsFindsTheObjectButNoPod() throws Refusal {
        PodForObject.Found found = PodForObject.attachable(ctx, "default", "service/web", "exec");
        assertEquals("web", found.object().metadata().name());
        assertNull(found.pod());
    }

    private void pod(String name, String node, String phase, Instant readySince, int restarts) {
        List<PodCondition> conditions = readySince == null ? List.of()
                : List.of(new PodCondition("Ready", "True", readySince, null, null));
        ContainerState state = "Running".equals(phase) ? ContainerState.runningSince(NOW.minusSeconds(600))
                : ContainerState.waiting("ContainerCreating", null);
        PodStatus status = new PodStatus(phase, null, null, null, null,
                List.of(new ContainerStatus("nginx", "nginx", readySince != null, restarts, state)), conditions, null);
        store.create(new Pod(ObjectMeta.of(name, "default", "u-" + name, NOW.minusSeconds(900), Map.of("app", "web")),
                new PodSpec(node, false, List.of(new Container("nginx", "nginx", List.of()))), status));
    }
}
