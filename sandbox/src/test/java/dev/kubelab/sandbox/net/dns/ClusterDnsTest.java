package dev.kubelab.sandbox.net.dns;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.kubelab.sandbox.net.dns.DnsFixture.endpointPort;
import static dev.kubelab.sandbox.net.dns.DnsFixture.port;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CoreDNS kubernetes plugin's records, reference §6.2, as typed replies. */
class ClusterDnsTest {
    private final DnsFixture lab = new DnsFixture()
            .service("nginx", "10.108.0.42", port("http", 80))
            .endpoints("nginx", List.of(endpointPort("http", 80)), "192.168.1.4", "192.168.2.7")
            .service("web", "None", port("http", 8080))
            .endpoints("web", List.of(endpointPort("http", 8080)), "192.168.1.5", "192.168.2.8", "192.168.3.9",
                    "192.168.3.10!")
            .externalName("db", "db.example.com")
            .externalName("legacy", "legacy.corp.internal");

    @Test
    void aServiceNameIsItsClusterIpAuthoritativelyWithTtl30() {
        Reply r = lab.ask("nginx.default.svc.cluster.local", RecordType.A);
        assertEquals(Rcode.NOERROR, r.rcode());
        assertTrue(r.authoritative());
        assertFalse(r.recursionAvailable());
        assertEquals(List.of(Record.a("nginx.default.svc.cluster.local", 30, "10.108.0.42")), r.answers());
    }

    @Test
    void headlessAnswersTheReadyEndpointsOnly() {
        Reply r = lab.ask("web.default.svc.cluster.local", RecordType.A);
        assertEquals(Set.of("192.168.1.5", "192.168.2.8", "192.168.3.9"), Set.copyOf(r.addresses()));
        assertEquals(3, r.answers().size());
        assertEquals(List.of("192.168.2.8"),
                lab.ask("192-168-2-8.web.default.svc.cluster.local", RecordType.A).addresses());
        assertEquals(Rcode.NXDOMAIN, lab.ask("192-168-3-10.web.default.svc.cluster.local", RecordType.A).rcode());
    }

    @Test
    void srvForANamedPortOfAClusterIpAndOfAHeadlessService() {
        Reply r = lab.ask("_http._tcp.nginx.default.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of(Record.srv("_http._tcp.nginx.default.svc.cluster.local", 30, 100, 80,
                "nginx.default.svc.cluster.local")), r.answers());
        assertEquals(List.of(Record.a("nginx.default.svc.cluster.local", 30, "10.108.0.42")), r.additional());
        Reply headless = lab.ask("_http._tcp.web.default.svc.cluster.local", RecordType.SRV);
        assertEquals(List.of("0 33 8080 192-168-1-5.web.default.svc.cluster.local",
                        "0 33 8080 192-168-2-8.web.default.svc.cluster.local",
                        "0 33 8080 192-168-3-9.web.default.svc.cluster.local"),
                headless.answers().stream().map(Record::data).toList());
        assertEquals(Rcode.NXDOMAIN, lab.ask("_grpc._tcp.nginx.default.svc.cluster.local", RecordType.SRV).rcode());
    }

    @Test
    void externalNameIsACnameFollowedByTheTargetsAddressWhenTheWorldKnowsIt() {
        Reply r = lab.ask("db.default.svc.cluster.local", RecordType.A);
        assertEquals(List.of(Record.cname("db.default.svc.cluster.local", 30, "db.example.com"),
                Record.a("db.example.com", 30, "203.0.113.20")), r.answers());
        assertEquals("db.example.com", r.canonicalName());
        assertEquals(List.of(Record.cname("legacy.default.svc.cluster.local", 30, "legacy.corp.internal")),
                lab.ask("legacy.default.svc.cluster.local", RecordType.A).answers());
    }

    @Test
    void podNamesResolveForAnyAddressInAnExistingNamespace() {
        assertEquals(List.of("10.244.9.9"), lab.ask("10-244-9-9.default.pod.cluster.local", RecordType.A).addresses());
        assertEquals(Rcode.NXDOMAIN, lab.ask("10-244-9-9.nope.pod.cluster.local", RecordType.A).rcode());
        assertEquals(Rcode.NXDOMAIN, lab.ask("300-1-1-1.default.pod.cluster.local", RecordType.A).rcode());
    }

    @Test
    void reverseLookupsNameClusterIpsAndEndpointsAndFallThroughOtherwise() {
        assertEquals(List.of(Record.ptr("10.0.96.10.in-addr.arpa", 30, "kube-dns.kube-system.svc.cluster.local")),
                lab.ask("10.0.96.10.in-addr.arpa", RecordType.PTR).answers());
        assertEquals("192-168-2-7.nginx.default.svc.cluster.local",
                lab.ask("7.2.168.192.in-addr.arpa", RecordType.PTR).answers().get(0).data());
        Reply unknown = lab.ask("1.1.1.10.in-addr.arpa", RecordType.PTR);
        assertEquals(Rcode.NXDOMAIN, unknown.rcode());
        assertFalse(unknown.authoritative());
        assertEquals("api.example.com", lab.ask("10.113.0.203.in-addr.arpa", RecordType.PTR).answers().get(0).data());
    }

    @Test
    void nxdomainInsideTheZoneNodataForNamespacesAndMissingTypes() {
        Reply nx = lab.ask("nginx.svc.cluster.local", RecordType.A);
        assertEquals(Rcode.NXDOMAIN, nx.rcode());
        assertEquals("ns.dns.cluster.local", nx.authority().get(0).data().split(" ")[0]);
        assertTrue(lab.ask("default.svc.cluster.local", RecordType.A).isNodata());
        assertTrue(lab.ask("nginx.default.svc.cluster.local", RecordType.AAAA).isNodata());
        assertEquals(Rcode.NXDOMAIN, lab.ask("nginx.default.cluster.local", RecordType.A).rcode());
        assertEquals(Rcode.NXDOMAIN, lab.ask("nope.default.svc.cluster.local", RecordType.A).rcode());
    }

    @Test
    void namesOutsideTheZoneAreForwardedNonAuthoritativelyWithTheCacheCap() {
        Reply r = lab.ask("api.example.com", RecordType.A);
        assertFalse(r.authoritative());
        assertTrue(r.recursionAvailable());
        assertEquals(List.of(Record.a("api.example.com", 30, "203.0.113.10")), r.answers());
        Reply nx = lab.ask("nginx", RecordType.A);
        assertEquals(Rcode.NXDOMAIN, nx.rcode());
        assertEquals("", nx.authority().get(0).name());
    }

    @Test
    void theLoadbalancePluginShufflesFromTheSeed() {
        Set<List<String>> orders = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> lab.ask("web.default.svc.cluster.local", RecordType.A).addresses())
                .collect(Collectors.toSet());
        assertTrue(orders.size() > 1, "the order should vary between queries: " + orders);
    }
}
