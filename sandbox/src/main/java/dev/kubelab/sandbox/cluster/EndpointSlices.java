package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.controller.EndpointSliceShape;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The EndpointSlices a settled cluster has: `kubernetes` (kept by the apiserver: fixed name, only the
 * service-name label) and kube-dns's, written the way the EndpointSlice controller writes it, days ago.
 */
final class EndpointSlices {
    private EndpointSlices() {
    }

    static void install(Build b) {
        Instant apiCreated = b.timeline().atSeconds(1);
        b.store().create(new EndpointSlice(b.meta("kubernetes", "default", apiCreated,
                Map.of("kubernetes.io/service-name", "kubernetes")).withGeneration(1), "IPv4",
                List.of(new EndpointSlice.Endpoint(List.of(ClusterFacts.CONTROL_PLANE_IP),
                        new EndpointSlice.Conditions(true, true, false), null, null)),
                List.of(new EndpointPort("https", ClusterFacts.API_SERVER_PORT, "TCP"))));
        Service dns = b.store().get(Service.class, "kube-system", "kube-dns").orElseThrow();
        // The controller wrote it once CoreDNS had addresses; its AGE matches the Service's on a lab cluster.
        EndpointSliceShape.install(b.store(), b.seed(), dns, dns.metadata().creationTimestamp());
    }
}
