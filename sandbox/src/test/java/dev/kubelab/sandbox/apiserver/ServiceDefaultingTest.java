package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a created Service looks like after v1 defaulting and the allocator's family defaults. */
class ServiceDefaultingTest {
    private final Cluster cluster = new Cluster();

    @Test
    void clusterIP() {
        Service svc = cluster.create(Svc.named("web").selector("app", "web").port(80));
        ServiceSpec s = svc.spec();
        assertEquals("ClusterIP", s.type());
        assertEquals("None", s.sessionAffinity());
        assertNull(s.sessionAffinityConfig());
        assertEquals(List.of("IPv4"), s.ipFamilies());
        assertEquals("SingleStack", s.ipFamilyPolicy());
        assertEquals("Cluster", s.internalTrafficPolicy());
        assertNull(s.externalTrafficPolicy());
        assertNull(s.allocateLoadBalancerNodePorts());
        assertEquals(new ServicePort("", "TCP", null, 80, IntOrString.of(80), 0), s.ports().get(0));
        assertEquals(List.of(s.clusterIP()), s.clusterIPs());
        assertNotNull(svc.metadata().uid());
        assertEquals(Cluster.NOW, svc.metadata().creationTimestamp());
        assertFalse(svc.metadata().resourceVersion().isEmpty());
    }

    @Test
    void namedTargetPortIsKept() {
        Service svc = cluster.create(Svc.named("web").port(Svc.tcp("http", 80, IntOrString.of("web"))));
        assertEquals(IntOrString.of("web"), svc.spec().ports().get(0).targetPort());
    }

    @Test
    void nodePort() {
        ServiceSpec s = cluster.create(Svc.named("np").type("NodePort").port(80)).spec();
        assertEquals("Cluster", s.externalTrafficPolicy());
        assertEquals("Cluster", s.internalTrafficPolicy());
        assertNull(s.allocateLoadBalancerNodePorts());
        int nodePort = s.ports().get(0).nodePort();
        assertTrue(nodePort >= 30086 && nodePort <= 32767, "dynamic band: " + nodePort);
    }

    @Test
    void loadBalancer() {
        ServiceSpec s = cluster.create(Svc.named("lb").type("LoadBalancer").port(80)).spec();
        assertEquals(Boolean.TRUE, s.allocateLoadBalancerNodePorts());
        assertEquals("Cluster", s.externalTrafficPolicy());
        assertEquals("Cluster", s.internalTrafficPolicy());
        assertTrue(s.ports().get(0).nodePort() > 0);
        assertEquals(0, s.healthCheckNodePort());
    }

    @Test
    void loadBalancerLocalGetsAHealthCheckNodePort() {
        ServiceSpec s = cluster.create(Svc.named("lb").type("LoadBalancer").externalTrafficPolicy("Local").port(80))
                .spec();
        assertTrue(s.healthCheckNodePort() >= 30000 && s.healthCheckNodePort() <= 32767);
    }

    @Test
    void loadBalancerWithoutNodePorts() {
        ServiceSpec s = cluster.create(Svc.named("lb").type("LoadBalancer").allocateLoadBalancerNodePorts(false)
                .port(80)).spec();
        assertEquals(0, s.ports().get(0).nodePort());
    }

    @Test
    void externalName() {
        ServiceSpec s = cluster.create(Svc.named("ext").type("ExternalName").externalName("example.com")).spec();
        assertNull(s.clusterIP());
        assertEquals(List.of(), s.clusterIPs());
        assertEquals(List.of(), s.ipFamilies());
        assertNull(s.ipFamilyPolicy());
        assertNull(s.internalTrafficPolicy());
        assertEquals("None", s.sessionAffinity());
    }

    @Test
    void headlessWithSelector() {
        ServiceSpec s = cluster.create(Svc.named("db").clusterIP("None").selector("app", "db").port(5432)).spec();
        assertEquals(List.of("None"), s.clusterIPs());
        assertEquals("SingleStack", s.ipFamilyPolicy());
        assertEquals(List.of("IPv4"), s.ipFamilies());
    }

    @Test
    void headlessWithoutSelectorRequiresDualStack() {
        ServiceSpec s = cluster.create(Svc.named("db").clusterIP("None")).spec();
        assertEquals("RequireDualStack", s.ipFamilyPolicy());
        assertEquals(List.of("IPv4", "IPv6"), s.ipFamilies());
    }

    @Test
    void clientIPAffinityTimeout() {
        ServiceSpec s = cluster.create(Svc.named("sticky").sessionAffinity("ClientIP").port(80)).spec();
        assertEquals(10800, s.sessionAffinityConfig().clientIP().timeoutSeconds());
    }

    @Test
    void clusterIPWithExternalIPsIsExternallyAccessible() {
        ServiceSpec s = cluster.create(Svc.named("ext").externalIP("192.168.1.10").port(80)).spec();
        assertEquals("Cluster", s.externalTrafficPolicy());
    }

    @Test
    void bootstrappedServicesCarryTheStoredDefaults() {
        Service kubernetes = cluster.api.get(Service.class, "default", "kubernetes");
        assertEquals(List.of("IPv4"), kubernetes.spec().ipFamilies());
        assertEquals("SingleStack", kubernetes.spec().ipFamilyPolicy());
        assertEquals("Cluster", kubernetes.spec().internalTrafficPolicy());
    }
}
