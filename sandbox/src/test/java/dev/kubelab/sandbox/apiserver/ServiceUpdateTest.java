package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The immutable-field rules of ValidateServiceUpdate as kubectl edit/apply/replace would meet them. */
class ServiceUpdateTest {
    private final Cluster cluster = new Cluster();

    private static Service withClusterIP(Service svc, String ip) {
        ServiceSpec s = svc.spec();
        return svc.withSpec(new ServiceSpec(s.ports(), s.selector(), ip, s.clusterIPs(), s.type(), s.externalIPs(),
                s.sessionAffinity(), s.loadBalancerIP(), s.loadBalancerSourceRanges(), s.externalName(),
                s.externalTrafficPolicy(), s.healthCheckNodePort(), s.publishNotReadyAddresses(),
                s.sessionAffinityConfig(), s.ipFamilies(), s.ipFamilyPolicy(), s.allocateLoadBalancerNodePorts(),
                s.loadBalancerClass(), s.internalTrafficPolicy()));
    }

    @Test
    void clusterIPIsImmutable() {
        Service web = cluster.create(Svc.named("x").clusterIP("10.96.100.100").port(80));
        assertEquals("The Service \"x\" is invalid: spec.clusterIPs[0]: Invalid value: []string{\"10.96.100.101\"}: "
                + "may not change once set", cluster.rejectionOfUpdate(withClusterIP(web, "10.96.100.101")));
    }

    @Test
    void normalServiceCannotBecomeHeadless() {
        Service web = cluster.create(Svc.named("x").port(80));
        assertEquals("The Service \"x\" is invalid: spec.clusterIPs[0]: Invalid value: []string{\"None\"}: may not "
                + "change once set", cluster.rejectionOfUpdate(withClusterIP(web, "None")));
    }

    @Test
    void leavingClusterIPOutKeepsTheAllocatedOne() {
        Service web = cluster.create(Svc.named("x").port(80));
        Service applied = Svc.named("x").port(8080).build();
        Service updated = cluster.api.update(applied);
        assertEquals(web.spec().clusterIP(), updated.spec().clusterIP());
        assertEquals(web.metadata().uid(), updated.metadata().uid());
        assertEquals(8080, updated.spec().ports().get(0).port());
    }

    @Test
    void staleResourceVersionIsAConflict() {
        Service web = cluster.create(Svc.named("x").port(80));
        cluster.api.update(web);
        assertEquals("Error from server (Conflict): Operation cannot be fulfilled on services \"x\": the object has "
                + "been modified; please apply your changes to the latest version and try again",
                cluster.rejectionOfUpdate(web));
    }

    @Test
    void updateOfAMissingServiceIsNotFound() {
        assertEquals("Error from server (NotFound): services \"ghost\" not found",
                cluster.rejectionOfUpdate(Svc.named("ghost").port(80).build()));
    }

    @Test
    void changingToNodePortAllocatesAndKeepsNodePortsOnReapply() {
        cluster.create(Svc.named("x").port(80));
        Service np = cluster.api.update(Svc.named("x").type("NodePort").port(80).build());
        int nodePort = np.spec().ports().get(0).nodePort();
        assertEquals(List.of("IPv4"), np.spec().ipFamilies());
        Service again = cluster.api.update(Svc.named("x").type("NodePort").port(80).build());
        assertEquals(nodePort, again.spec().ports().get(0).nodePort());
    }
}
