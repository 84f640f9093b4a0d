package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bootstrapped cluster store with Services and EndpointSlices written directly (fixed addresses, no
 * controllers), and the Network over it. Queries go to CoreDNS as a pod in "default" would send them.
 */
final class DnsFixture {
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    final ObjectStore store = new ObjectStore();
    final Network network;

    DnsFixture() {
        Seed seed = new Seed(7);
        KubeadmBootstrap.bootstrap(store, seed, NOW.minusSeconds(3600));
        network = new Network(store, seed, () -> NOW);
    }

    DnsFixture service(String name, String clusterIp, ServicePort... ports) {
        store.create(new Service(ObjectMeta.of(name, "default", "uid-" + name, NOW, Map.of()),
                new ServiceSpec("ClusterIP", clusterIp, List.of(clusterIp), List.of(ports), Map.of("app", name),
                        List.of(), null, "None"), ServiceStatus.empty()));
        return this;
    }

    DnsFixture externalName(String name, String target) {
        store.create(new Service(ObjectMeta.of(name, "default", "uid-" + name, NOW, Map.of()),
                new ServiceSpec("ExternalName", null, List.of(), List.of(), Map.of(), List.of(), target, "None"),
                ServiceStatus.empty()));
        return this;
    }

    /** An EndpointSlice for a Service: "ip" is a ready endpoint, "ip!" a not-ready one. */
    DnsFixture endpoints(String service, List<EndpointPort> ports, String... ips) {
        List<EndpointSlice.Endpoint> eps = new ArrayList<>();
        for (String ip : ips) {
            boolean ready = !ip.endsWith("!");
            eps.add(new EndpointSlice.Endpoint(List.of(ip.replace("!", "")),
                    new EndpointSlice.Conditions(ready, ready, false), "node01", null));
        }
        store.create(new EndpointSlice(ObjectMeta.of(service + "-abcde", "default", "uid-s-" + service, NOW,
                Map.of("kubernetes.io/service-name", service)), "IPv4", eps, ports));
        return this;
    }

    /** kube-dns's slice with every endpoint marked not ready (CoreDNS scaled down or crashing). */
    void coreDnsNotReady() {
        for (EndpointSlice s : store.list(EndpointSlice.class, "kube-system")) {
            List<EndpointSlice.Endpoint> eps = s.endpoints().stream().map(e -> new EndpointSlice.Endpoint(
                    e.addresses(), new EndpointSlice.Conditions(false, false, false), e.nodeName(), e.targetRef()))
                    .toList();
            store.update(new EndpointSlice(s.metadata(), s.addressType(), eps, s.ports()));
        }
    }

    static ServicePort port(String name, int port) {
        return new ServicePort(name, "TCP", port, IntOrString.of(port), 0);
    }

    static EndpointPort endpointPort(String name, int port) {
        return new EndpointPort(name, port, "TCP");
    }

    /** What CoreDNS answers to a pod (the kube-dns ClusterIP must be reachable). */
    Reply ask(String name, RecordType type) {
        return coreDns().query(new Question(name, type));
    }

    DnsServer coreDns() {
        return new NameServers(network).reach(Viewpoint.node("node01", "172.30.2.2"), "10.96.0.10").orElseThrow();
    }
}
