package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.Viewpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.kubelab.sandbox.net.dns.DnsFixture.endpointPort;
import static dev.kubelab.sandbox.net.dns.DnsFixture.port;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** getaddrinfo as curl and getent see it: /etc/hosts, the search list with ndots:5, timeouts. */
class ResolverTest {
    private final DnsFixture lab = new DnsFixture()
            .service("nginx", "10.108.0.42", port("http", 80))
            .endpoints("nginx", List.of(endpointPort("http", 80)), "192.168.1.4")
            .externalName("db", "db.example.com");
    private final Resolver resolver = lab.network.resolver();

    private Viewpoint inDefault() {
        Pod coredns = lab.store.list(Pod.class, "kube-system").stream()
                .filter(p -> p.metadata().name().startsWith("coredns")).findFirst().orElseThrow();
        // a pod in "default": its resolv.conf is what matters (any pod object gives the name and IP)
        Viewpoint p = Viewpoint.pod(coredns);
        return new Viewpoint(p.place(), "box", "192.168.2.2", p.nodeName(), p.pod(), ResolvConf.clusterFirst("default"));
    }

    @Test
    void shortAndPartialNamesGoThroughTheSearchList() {
        Resolution expected = new Resolution.Found("nginx.default.svc.cluster.local", List.of("10.108.0.42"));
        assertEquals(expected, resolver.resolve(inDefault(), "nginx"));
        assertEquals(expected, resolver.resolve(inDefault(), "nginx.default"));
        assertEquals(expected, resolver.resolve(inDefault(), "nginx.default.svc"));
        assertEquals(expected, resolver.resolve(inDefault(), "nginx.default.svc.cluster.local."));
    }

    @Test
    void aTrailingDotMeansExactlyThatName() {
        assertEquals(new Resolution.NotFound(), resolver.resolve(inDefault(), "nginx."));
    }

    @Test
    void cnamesAreFollowedToTheirAddresses() {
        assertEquals(new Resolution.Found("db.example.com", List.of("203.0.113.20")),
                resolver.resolve(inDefault(), "db"));
        assertEquals(new Resolution.Found("api.example.com", List.of("203.0.113.10")),
                resolver.resolve(inDefault(), "api.example.com"));
    }

    @Test
    void etcHostsComesFirst() {
        assertEquals(new Resolution.Found("localhost", List.of("127.0.0.1")), resolver.resolve(inDefault(), "localhost"));
        assertEquals(new Resolution.Found("box", List.of("192.168.2.2")), resolver.resolve(inDefault(), "box"));
        assertEquals(new Resolution.Found("10.1.2.3", List.of("10.1.2.3")), resolver.resolve(inDefault(), "10.1.2.3"));
    }

    @Test
    void aNodeAsksSystemdResolvedWhichKnowsOnlyTheOutsideWorld() {
        Viewpoint node = Viewpoint.node("controlplane", "172.30.1.2");
        assertEquals(new Resolution.NotFound(), resolver.resolve(node, "kubernetes.default.svc.cluster.local"));
        assertEquals(new Resolution.Found("www.example.com", List.of("203.0.113.30")),
                resolver.resolve(node, "www.example.com"));
        assertEquals(new Resolution.Found("controlplane", List.of("172.30.1.2")), resolver.resolve(node, "controlplane"));
    }

    @Test
    void theLaptopResolvesTheWorldButCannotReachClusterDns() {
        assertEquals(new Resolution.Found("api.example.com", List.of("203.0.113.10")),
                resolver.resolve(Viewpoint.laptop(), "api.example.com"));
        assertTrue(new NameServers(lab.network).reach(Viewpoint.laptop(), "10.96.0.10").isEmpty());
    }

    @Test
    void withoutReadyCoreDnsEndpointsQueriesTimeOut() {
        lab.coreDnsNotReady();
        assertEquals(new Resolution.TimedOut(), resolver.resolve(inDefault(), "nginx"));
        assertEquals(new Resolution.Found("localhost", List.of("127.0.0.1")), resolver.resolve(inDefault(), "localhost"));
    }

    @Test
    void searchCandidatesFollowNdots() {
        ResolvConf pod = ResolvConf.clusterFirst("default");
        assertEquals(List.of("nginx.default.default.svc.cluster.local", "nginx.default.svc.cluster.local",
                "nginx.default.cluster.local", "nginx.default"), SearchList.candidates("nginx.default", pod));
        assertEquals(List.of("a.b.c.d.e.f", "a.b.c.d.e.f.default.svc.cluster.local", "a.b.c.d.e.f.svc.cluster.local",
                "a.b.c.d.e.f.cluster.local"), SearchList.candidates("a.b.c.d.e.f", pod));
        assertEquals(List.of("nginx"), SearchList.candidates("nginx", ResolvConf.node()));
    }

    @Test
    void messageSizesCountCompressedNames() {
        Question q = new Question("google.com", RecordType.A);
        Reply r = Reply.answer(q, false, true, List.of(Record.a("google.com", 81, "142.250.185.78")));
        assertEquals(55, WireSize.of(r, true, false)); // dig via systemd-resolved: "MSG SIZE  rcvd: 55"
        assertEquals(67, WireSize.of(r, true, true));
    }
}
