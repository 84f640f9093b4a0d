package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ClusterIP and nodePort allocation through the API server: reference §4.3 and §5.2. */
class ServiceAllocationTest {
    private final Cluster cluster = new Cluster();

    @Test
    void bootstrappedAddressesAreTaken() {
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.1\"}: failed "
                        + "to allocate IP 10.96.0.1: provided IP is already allocated",
                cluster.rejection(Svc.named("web").clusterIP("10.96.0.1").port(80)));
        assertEquals("The Service \"web\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.10\"}: failed "
                        + "to allocate IP 10.96.0.10: provided IP is already allocated",
                cluster.rejection(Svc.named("web").clusterIP("10.96.0.10").port(80)));
    }

    @Test
    void clusterIPOutsideTheServiceCidr() {
        assertEquals("The Service \"cip-bad\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.0.0.50\"}: "
                        + "failed to allocate IP 10.0.0.50: the provided IP (10.0.0.50) is not in the valid range. "
                        + "The range of valid IPs is 10.96.0.0/12",
                cluster.rejection(Svc.named("cip-bad").clusterIP("10.0.0.50").port(80)));
    }

    @Test
    void requestedClusterIPIsHonoured() {
        assertEquals("10.96.100.100", cluster.create(Svc.named("web").clusterIP("10.96.100.100").port(80)).spec().clusterIP());
    }

    @Test
    void dynamicClusterIPsAreRandomInTheUpperBandAndDeterministic() {
        String first = cluster.create(Svc.named("a").port(80)).spec().clusterIP();
        String second = cluster.create(Svc.named("b").port(80)).spec().clusterIP();
        assertNotEquals(first, second);
        for (String ip : List.of(first, second)) {
            assertTrue(ip.matches("10\\.(9[6-9]|10[0-9]|11[01])\\.\\d+\\.\\d+"), ip);
            assertTrue(!ip.startsWith("10.96.0."), "static band is kept for requested IPs: " + ip);
        }
        Cluster again = new Cluster();
        assertEquals(first, again.create(Svc.named("a").port(80)).spec().clusterIP());
        assertEquals(second, again.create(Svc.named("b").port(80)).spec().clusterIP());
    }

    @Test
    void nodePortOutOfRange() {
        assertEquals("The Service \"np-bad\" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is "
                        + "not in the valid range. The range of valid ports is 30000-32767",
                cluster.rejection(Svc.named("np-bad").type("NodePort").port("", 80, 80)));
    }

    @Test
    void nodePortAlreadyInUse() {
        cluster.create(Svc.named("first").type("NodePort").port("", 80, 30080));
        assertEquals("The Service \"x\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is "
                + "already allocated", cluster.rejection(Svc.named("x").type("NodePort").port("", 80, 30080)));
    }

    @Test
    void duplicateNodePortInOneService() {
        assertEquals("The Service \"x\" is invalid: spec.ports[1].nodePort: Invalid value: 30080: provided port is "
                + "already allocated", cluster.rejection(Svc.named("x").type("NodePort")
                .port("a", 80, 30080).port("b", 81, 30080)));
    }

    @Test
    void identicalPortsShareOneNodePort() {
        Service dns = cluster.create(Svc.named("dns").type("NodePort")
                .port(new ServicePort("dns", "UDP", 53, null, 0)).port(new ServicePort("dns-tcp", "TCP", 53, null, 0)));
        assertEquals(dns.spec().ports().get(0).nodePort(), dns.spec().ports().get(1).nodePort());
    }

    @Test
    void nodePortsReleasedOnDeleteAndOnTypeChange() {
        Service np = cluster.create(Svc.named("np").type("NodePort").port("", 80, 30080));
        cluster.api.delete(Kind.SERVICE, "default", "np");
        np = cluster.create(Svc.named("np").type("NodePort").port("", 80, 30080));
        Service asClusterIP = np.withSpec(new dev.kubelab.sandbox.api.ServiceSpec(np.spec().ports(),
                np.spec().selector(), np.spec().clusterIP(), np.spec().clusterIPs(), "ClusterIP",
                np.spec().externalIPs(), np.spec().sessionAffinity(), null, List.of(), null,
                np.spec().externalTrafficPolicy(), 0, false, null, np.spec().ipFamilies(), np.spec().ipFamilyPolicy(),
                null, null, np.spec().internalTrafficPolicy()));
        Service updated = cluster.api.update(asClusterIP);
        assertEquals(0, updated.spec().ports().get(0).nodePort());
        assertEquals(null, updated.spec().externalTrafficPolicy());
        cluster.create(Svc.named("other").type("NodePort").port("", 80, 30080));
    }

    @Test
    void clusterIPReleasedOnDeleteAndOnChangeToExternalName() {
        Service web = cluster.create(Svc.named("web").clusterIP("10.96.100.100").port(80));
        cluster.api.delete(Kind.SERVICE, "default", "web");
        web = cluster.create(Svc.named("web").clusterIP("10.96.100.100").port(80));
        Service ext = web.withSpec(new dev.kubelab.sandbox.api.ServiceSpec(List.of(), web.spec().selector(),
                web.spec().clusterIP(), web.spec().clusterIPs(), "ExternalName", List.of(), "None", null, List.of(),
                "example.com", null, 0, false, null, web.spec().ipFamilies(), web.spec().ipFamilyPolicy(), null,
                null, web.spec().internalTrafficPolicy()));
        Service updated = cluster.api.update(ext);
        assertEquals(List.of(), updated.spec().clusterIPs());
        assertEquals(null, updated.spec().ipFamilyPolicy());
        assertEquals("10.96.100.100", cluster.create(Svc.named("again").clusterIP("10.96.100.100").port(80))
                .spec().clusterIP());
    }

    @Test
    void failedCreateGivesItsAllocationsBack() {
        cluster.rejection(Svc.named("Bad_Name").type("NodePort").clusterIP("10.96.50.50").port("", 80, 30500));
        Service ok = cluster.create(Svc.named("ok").type("NodePort").clusterIP("10.96.50.50").port("", 80, 30500));
        assertEquals(30500, ok.spec().ports().get(0).nodePort());
    }

    @Test
    void exhaustedNodePortRange() {
        Cluster tiny = new Cluster(7, ApiServerConfig.of("10.96.0.0/12", "30000-30001"));
        tiny.create(Svc.named("a").type("NodePort").port(80));
        tiny.create(Svc.named("b").type("NodePort").port(80));
        assertEquals("Error from server (InternalError): Internal error occurred: failed to allocate a nodePort: range "
                + "is full", tiny.rejection(Svc.named("c").type("NodePort").port(80)));
    }

    @Test
    void exhaustedServiceCidr() {
        Cluster tiny = new Cluster(7, ApiServerConfig.of("10.96.0.0/29", "30000-32767"));
        // /29: six usable addresses, two held by kubernetes (10.96.0.1) — kube-dns 10.96.0.10 is outside.
        for (int i = 0; i < 5; i++) {
            tiny.create(Svc.named("s" + i).port(80));
        }
        assertEquals("Error from server (InternalError): Internal error occurred: failed to allocate a serviceIP: "
                + "range is full", tiny.rejection(Svc.named("full").port(80)));
    }

    @Test
    void alreadyExistsAndNotFound() {
        cluster.create(Svc.named("nginx").port(80));
        assertEquals("Error from server (AlreadyExists): services \"nginx\" already exists",
                cluster.rejection(Svc.named("nginx").port(80)));
        StatusError missing = org.junit.jupiter.api.Assertions.assertThrows(StatusError.class,
                () -> cluster.api.delete(Kind.SERVICE, "default", "web2"));
        assertEquals("Error from server (NotFound): services \"web2\" not found", KubectlErrorText.of(missing));
    }

    @Test
    void missingNamespace() {
        Service svc = Svc.named("web").port(80).build();
        Service elsewhere = svc.withMetadata(dev.kubelab.sandbox.api.ObjectMeta.of("web", "nope", null, null,
                java.util.Map.of()));
        StatusError e = org.junit.jupiter.api.Assertions.assertThrows(StatusError.class,
                () -> cluster.api.create(elsewhere));
        assertEquals("Error from server (NotFound): namespaces \"nope\" not found", KubectlErrorText.of(e));
    }
}
